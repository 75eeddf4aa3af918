import { dateWindow } from '../../shared/dates';
import type { BreakdownKeyArgs } from '../../desk/statistics/breakdownKeys';
import { decodeSpec, encodeSpec } from '../../desk/statistics/figures';
import { boundRows } from '../../shared/statisticsBounds';
import type { CommuneContext } from '../context';

/** The commune side of a report breakdown: the district subgraph creates it, this adds `communeLevel`. */
export const Breakdown = {
  // Representations come from the district subgraph's answer: window and spec are checked again.
  __resolveReference: (ref: { districtCode: string; from: string; to: string; spec: string }): BreakdownKeyArgs => ({
    districtCode: ref.districtCode,
    ...dateWindow(ref.from, ref.to),
    spec: decodeSpec(ref.spec),
  }),
  spec: (b: BreakdownKeyArgs) => encodeSpec(b.spec),
  communeLevel: async (b: BreakdownKeyArgs, _: unknown, ctx: CommuneContext) =>
    boundRows(await ctx.loaders.breakdown.load(b), 'communeLevel'),
};
