import { toIsoDate, vnDate } from '../../shared/dates';
import { levelOn } from '../catalogue/procedureLevels';
import type { ProcedureResolvers } from '../generated/resolvers.generated';

/** Procedure fields, the same in the district and commune subgraphs. */
export const Procedure: ProcedureResolvers = {
  // The level with its period, on the day asked, else the receipt day of the dossier it was read
  // through, else today; a procedure without a period row (a database migrated before any
  // catalogue) keeps the level of the catalogue that holds it.
  level: async (p, args, ctx) => {
    const on = args.on == null ? (p.levelDay ?? vnDate(new Date())) : toIsoDate(args.on, 'on');
    return levelOn(await ctx.loaders.desk.procedureLevels.load(p.code), on) ?? p.level;
  },
  levelPeriods: (p, _, ctx) => ctx.loaders.desk.procedureLevels.load(p.code),
  inForce: (p, args) => {
    const on = toIsoDate(args.on, 'on');
    return p.effectiveFrom <= on && (p.effectiveTo === null || p.effectiveTo >= on);
  },
  simplifications: (p, _, ctx) => ctx.loaders.desk.simplifications.load(p.code),
};
