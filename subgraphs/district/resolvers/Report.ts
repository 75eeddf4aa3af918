import { dateWindow } from '../../shared/dates';
import { breakdownSpec } from '../../desk/statistics/figures';
import type { BreakdownParent } from './Breakdown';
import type { ReportResolvers } from '../generated/resolvers.generated';
import type { ReportKey } from '../../desk/statistics/statisticsLoaders';

/** What a Report's fields receive: its key (`total` is the commune subgraph's, from `districtLevel`). */
export type ReportParent = ReportKey;

export const Report: ReportResolvers = {
  // Representations come from other subgraphs' answers; the window is checked again all the same.
  __resolveReference: (ref) => ({ ...ref, ...dateWindow(ref.from, ref.to) }),
  breakdown: (report, args): BreakdownParent => ({
    districtCode: report.districtCode,
    from: report.from,
    to: report.to,
    spec: breakdownSpec(args.by, args.filter),
  }),
  districtLevel: async (report, _, ctx) => (await ctx.loaders.report.load(report)).level,
};
