import { dateWindow } from '../../shared/dates';
import { breakdownSpec } from '../../desk/statistics/figures';
import type { ReportResolvers } from '../generated/resolvers.generated';
import type { BreakdownKeyArgs } from '../../desk/statistics/breakdownKeys';

export const Report: ReportResolvers = {
  // Representations come from other subgraphs' answers; the window is checked again all the same.
  __resolveReference: (ref) => ({ ...ref, ...dateWindow(ref.from, ref.to) }),
  breakdown: (report, args): BreakdownKeyArgs => ({
    districtCode: report.districtCode,
    from: report.from,
    to: report.to,
    spec: breakdownSpec(args.by, args.filter),
  }),
  districtLevel: async (report, _, ctx) => (await ctx.loaders.report.load(report)).level,
};
