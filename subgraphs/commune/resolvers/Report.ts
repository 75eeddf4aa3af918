import { dateWindow } from '../../shared/dates';
import type { ReportResolvers } from '../generated/resolvers.generated';

export const Report: ReportResolvers = {
  // Representations come from the district subgraph's answer; the window is checked again all the same.
  __resolveReference: (ref) => ({ districtCode: ref.districtCode, ...dateWindow(ref.from, ref.to) }),
  communeLevel: async (report, _, ctx) => (await ctx.loaders.report.load(report)).level,
  byCommune: async (report, _, ctx) =>
    (await ctx.loaders.report.load(report)).byUnit.map(({ unit, dossiers }) => ({ commune: unit, dossiers })),
};
