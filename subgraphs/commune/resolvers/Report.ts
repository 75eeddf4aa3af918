import { dateWindow } from '../../shared/dates';
import { addLevels, type LevelCounts, type LevelReport } from '../../desk/statistics/stats';
import type { ReportKey } from '../../desk/statistics/statisticsLoaders';
import type { ReportResolvers } from '../generated/resolvers.generated';

/** What a Report's fields receive: its key, and the district figures when `total` is asked for. */
export type ReportParent = ReportKey & { districtLevel?: LevelCounts | null };

export const Report: ReportResolvers = {
  // Representations come from the district subgraph's answer; the window is checked again all the same.
  __resolveReference: (ref): ReportParent => ({
    districtCode: ref.districtCode,
    ...dateWindow(ref.from, ref.to),
    districtLevel: ref.districtLevel,
  }),
  communeLevel: async (report, _, ctx) => (await ctx.loaders.report.load(report)).level,
  byCommune: async (report, _, ctx) =>
    (await ctx.loaders.report.load(report)).byUnit.map(({ unit, dossiers }) => ({ commune: unit, dossiers })),
  total: async (report, _, ctx): Promise<LevelReport | null> => {
    if (!report.districtLevel) return null;
    return addLevels(report.districtLevel, (await ctx.loaders.report.load(report)).level);
  },
};
