import { toIsoDate } from '../../dates';
import type { OneStopLoaders } from '../oneStopLoaders';
import type { Procedure as ProcedureRow } from '../procedureEntities';

type Context = { loaders: { onestop: OneStopLoaders } };

/** Procedure fields, the same in the district and commune subgraphs. */
export const Procedure = {
  inForce: (p: ProcedureRow, args: { on: Date }) => {
    const on = toIsoDate(args.on, 'on');
    return p.effectiveFrom <= on && (p.effectiveTo === null || p.effectiveTo >= on);
  },
  simplifications: (p: ProcedureRow, _: unknown, ctx: Context) => ctx.loaders.onestop.simplifications.load(p.code),
};
