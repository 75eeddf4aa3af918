import { toIsoDate } from '../../shared/dates';
import type { DeskLoaders } from '../deskLoaders';
import type { Procedure as ProcedureRow } from '../catalogue/procedureEntities';

type Context = { loaders: { desk: DeskLoaders } };

/** Procedure fields, the same in the district and commune subgraphs. */
export const Procedure = {
  inForce: (p: ProcedureRow, args: { on: Date }) => {
    const on = toIsoDate(args.on, 'on');
    return p.effectiveFrom <= on && (p.effectiveTo === null || p.effectiveTo >= on);
  },
  simplifications: (p: ProcedureRow, _: unknown, ctx: Context) => ctx.loaders.desk.simplifications.load(p.code),
};
