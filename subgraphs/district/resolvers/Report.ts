import { dateWindow } from '../../shared/dates';
import { breakdownSpec } from '../../desk/statistics/figures';
import type { BreakdownParent } from './Breakdown';
import { addCounts, dossierStats, type DossierCounts, type LevelReport } from '../../desk/statistics/stats';
import type { ReportResolvers } from '../generated/resolvers.generated';
import type { ReportKey } from '../../desk/statistics/statisticsLoaders';

/** The commune-level figures the gateway passes in, as asked by `total`'s @requires. */
interface CommuneLevelInput {
  procedures: number;
  simplifiedProcedures: number;
  dossiers: DossierCounts;
}

/** What a Report's fields receive: its key, and the commune figures when `total` is asked for. */
export type ReportParent = ReportKey & { communeLevel?: CommuneLevelInput | null };

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
  total: async (report, _, ctx): Promise<LevelReport | null> => {
    const commune = report.communeLevel;
    if (!commune) return null;
    const district = (await ctx.loaders.report.load(report)).level;
    return {
      procedures: district.procedures + commune.procedures,
      simplifiedProcedures: district.simplifiedProcedures + commune.simplifiedProcedures,
      dossiers: dossierStats(addCounts(district.dossiers, commune.dossiers)),
    };
  },
};
