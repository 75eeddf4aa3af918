import { dateWindow } from '../../shared/dates';
import type { CommuneContext } from '../context';
import type { ReportKey } from '../../desk/statistics/statisticsLoaders';

export const Report = {
  // Representations come from the district subgraph's answer; the window is checked again all the same.
  __resolveReference: (ref: ReportKey): ReportKey => ({
    districtCode: ref.districtCode,
    ...dateWindow(ref.from, ref.to),
  }),
  communeLevel: async (report: ReportKey, _: unknown, ctx: CommuneContext) =>
    (await ctx.loaders.report.load(report)).level,
  byCommune: async (report: ReportKey, _: unknown, ctx: CommuneContext) =>
    (await ctx.loaders.report.load(report)).byUnit.map(({ unit, dossiers }) => ({ commune: unit, dossiers })),
};
