import { dateWindow } from '../../shared/dates';
import { breakdownSpec } from '../../desk/statistics/figures';
import type { BreakdownParent } from './Breakdown';
import { addCounts, dossierStats, type DossierCounts, type LevelReport } from '../../desk/statistics/stats';
import type { DistrictContext } from '../context';
import type { ReportKey } from '../../desk/statistics/statisticsLoaders';

/** The commune-level figures the gateway passes in, as asked by `total`'s @requires. */
interface CommuneLevelInput {
  procedures: number;
  simplifiedProcedures: number;
  dossiers: DossierCounts;
}

type ReportParent = ReportKey & { communeLevel?: CommuneLevelInput | null };

export const Report = {
  // Representations come from other subgraphs' answers; the window is checked again all the same.
  __resolveReference: (ref: ReportParent): ReportParent => ({
    ...ref,
    ...dateWindow(ref.from, ref.to),
  }),
  breakdown: (
    report: ReportParent,
    args: { by: string[]; filter?: Record<string, unknown> | null },
  ): BreakdownParent => ({
    districtCode: report.districtCode,
    from: report.from,
    to: report.to,
    spec: breakdownSpec(args.by, args.filter),
  }),
  districtLevel: async (report: ReportParent, _: unknown, ctx: DistrictContext) =>
    (await ctx.loaders.report.load(report)).level,
  total: async (report: ReportParent, _: unknown, ctx: DistrictContext): Promise<LevelReport | null> => {
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
