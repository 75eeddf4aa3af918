import { dateWindow } from '../../shared/dates';
import type { BreakdownKeyArgs } from '../../desk/statistics/breakdownKeys';
import { decodeSpec, encodeSpec } from '../../desk/statistics/figures';
import { boundRows } from '../../shared/statisticsBounds';
import type { BreakdownResolvers } from '../generated/resolvers.generated';

/** The district side of a report breakdown (`total` is the commune subgraph's, from `districtLevel`). */
export const Breakdown: BreakdownResolvers = {
  // Representations come back through the gateway: window and spec are checked again.
  __resolveReference: (ref): BreakdownKeyArgs => ({
    districtCode: ref.districtCode,
    ...dateWindow(ref.from, ref.to),
    spec: decodeSpec(ref.spec),
  }),
  spec: (b) => encodeSpec(b.spec),
  by: (b) => b.spec.by,
  districtLevel: async (b, _, ctx) => boundRows(await ctx.loaders.breakdown.load(b), 'districtLevel'),
};
