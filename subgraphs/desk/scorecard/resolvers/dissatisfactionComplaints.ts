import type { DeskResolverContext } from '../../deskContext';
import type { UnitScope } from '../store/readFacts';
import { communesOf } from './districtScorecard';
import { unitScope } from './levelScorecard';

interface ReportWindow {
  districtCode: string;
  from: string;
  to: string;
  communeDissatisfactionComplaints?: number | null;
}

/** Feedback complaining about dissatisfaction received in a window by the units of a scope: one statement. */
async function complaints(ctx: DeskResolverContext, scope: UnitScope, report: ReportWindow): Promise<number> {
  const [row] = await ctx.dataSource.query(
    `SELECT COUNT(*) AS n FROM feedback WHERE unit_code IN (${scope.sql}) AND about_dissatisfaction = 1
       AND received_on BETWEEN ? AND ?`,
    [...scope.parameters, report.from, report.to],
  );
  return Number(row.n);
}

/** Report.communeDissatisfactionComplaints, on the commune subgraph. */
export const communeComplaints = (report: ReportWindow, _: unknown, ctx: DeskResolverContext) =>
  complaints(ctx, communesOf(report.districtCode), report);

/** Report.dissatisfactionComplaints, on the district subgraph: its own desk's plus the communes'. */
export async function districtComplaints(report: ReportWindow, _: unknown, ctx: DeskResolverContext) {
  const communes = report.communeDissatisfactionComplaints;
  if (communes === null || communes === undefined) return null;
  return communes + (await complaints(ctx, unitScope(report.districtCode), report));
}
