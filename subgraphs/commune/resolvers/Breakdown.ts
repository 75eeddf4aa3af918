import { dateWindow } from '../../shared/dates';
import type { BreakdownKeyArgs } from '../../desk/statistics/breakdownKeys';
import { boundPassedRows, breakdownTotal, type PassedRows } from '../../desk/statistics/breakdownTotal';
import { decodeSpec, encodeSpec } from '../../desk/statistics/figures';
import { boundRows } from '../../shared/statisticsBounds';
import type { BreakdownResolvers } from '../generated/resolvers.generated';

/** What the commune side of a breakdown receives: its key, and the district rows when `total` is asked for. */
export type BreakdownParent = BreakdownKeyArgs & { districtLevel?: PassedRows | null };

/** The commune side of a report breakdown: the district subgraph creates it, this adds `communeLevel` and `total`. */
export const Breakdown: BreakdownResolvers = {
  // Representations come from the district subgraph's answer: window and spec are checked again.
  __resolveReference: (ref): BreakdownParent => ({
    districtCode: ref.districtCode,
    ...dateWindow(ref.from, ref.to),
    spec: decodeSpec(ref.spec),
    districtLevel: boundPassedRows(ref.districtLevel, 'districtLevel'),
  }),
  spec: (b) => encodeSpec(b.spec),
  communeLevel: async (b, _, ctx) => boundRows(await ctx.loaders.breakdown.load(b), 'communeLevel'),
  total: async (b, _, ctx) =>
    b.districtLevel ? breakdownTotal(await ctx.loaders.breakdown.load(b), b.districtLevel) : null,
};
