import { toIsoDate } from '../../shared/dates';
import type { ProcedureResolvers } from '../generated/resolvers.generated';

/** Procedure fields, the same in the district and commune subgraphs. */
export const Procedure: ProcedureResolvers = {
  inForce: (p, args) => {
    const on = toIsoDate(args.on, 'on');
    return p.effectiveFrom <= on && (p.effectiveTo === null || p.effectiveTo >= on);
  },
  simplifications: (p, _, ctx) => ctx.loaders.desk.simplifications.load(p.code),
};
