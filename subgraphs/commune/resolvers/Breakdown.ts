import { dateWindow } from '../../shared/dates';
import { decodeSpec, encodeSpec } from '../../desk/statistics/figures';
import { boundRows } from '../../shared/statisticsBounds';
import type { BreakdownResolvers } from '../generated/resolvers.generated';

/** The commune side of a report breakdown: the district subgraph creates it, this adds `communeLevel`. */
export const Breakdown: BreakdownResolvers = {
  // Representations come from the district subgraph's answer: window and spec are checked again.
  __resolveReference: (ref) => ({
    districtCode: ref.districtCode,
    ...dateWindow(ref.from, ref.to),
    spec: decodeSpec(ref.spec),
  }),
  spec: (b) => encodeSpec(b.spec),
  communeLevel: async (b, _, ctx) => boundRows(await ctx.loaders.breakdown.load(b), 'communeLevel'),
};
