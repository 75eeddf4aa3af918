import { joinedAtItsLevelOn, levelJoin } from '../catalogue/procedureLevels';
import type { DataSource } from 'typeorm';
import { addDays, firstOfMonth, firstOfNextMonth, type DateWindow } from '../../shared/dates';
import { statisticsQuery } from '../../shared/statisticsReader';
import { COHORT_MONTH_TABLE } from '../rollups/cohortMonths';
import { addCounts, toCount, type DossierCounts } from './stats';

/**
 * The three counts of the dossiers received in a window, summed from cohort rows (alias `r`):
 * resolved means resolved by the end of the window (parameter `to`; unresolved rows carry
 * 9999-12-31), on time means no later than the due day with at most one supplement request
 * (Decision 766), decided when the row was written.
 */
const COUNT_SUMS_SQL = `SUM(r.n) AS received,
  SUM(CASE WHEN r.resolved_on <= ? THEN r.n ELSE 0 END) AS resolved,
  SUM(CASE WHEN r.resolved_on <= ? AND r.on_time = 1 THEN r.n ELSE 0 END) AS resolvedOnTime`;

/**
 * The window's receipt days in parts: its whole months from the month rows (cohortMonths.ts),
 * the days before the first and after the last from the cohort rollup (rollups.ts), which keeps
 * every receipt day; a window inside one month is read from the cohort rollup alone.
 */
function receiptParts(window: DateWindow): { table: string; column: string; from: string; to: string }[] {
  const monthsFrom = window.from === firstOfMonth(window.from) ? window.from : firstOfNextMonth(window.from);
  const afterTo = addDays(window.to, 1);
  const monthsEnd = afterTo === firstOfMonth(afterTo) ? afterTo : firstOfMonth(window.to); // exclusive
  const days = (from: string, to: string) => ({ table: 'dossier_cohort_rollup', column: 'received_on', from, to });
  if (monthsFrom >= monthsEnd) return [days(window.from, window.to)];
  return [
    ...(window.from < monthsFrom ? [days(window.from, addDays(monthsFrom, -1))] : []),
    { table: COHORT_MONTH_TABLE, column: 'month', from: monthsFrom, to: addDays(monthsEnd, -1) },
    ...(monthsEnd <= window.to ? [days(monthsEnd, window.to)] : []),
  ];
}

/**
 * Dossier counts per unit for the dossiers received inside a window, in one statement (one part
 * per stretch of receipt days, joined by UNION ALL, each read from its table's primary key):
 * resolved means resolved by the end of the window, on time means no later than the due day.
 * Units with no dossiers are absent from the map.
 */
export async function countDossiersByUnit(
  ds: DataSource,
  unitCodes: readonly string[],
  window: DateWindow,
): Promise<Map<string, DossierCounts>> {
  const result = new Map<string, DossierCounts>();
  if (unitCodes.length === 0) return result;
  const units = unitCodes.map(() => '?').join(', ');
  const params: unknown[] = [];
  const parts = receiptParts(window).map(({ table, column, from, to }) => {
    params.push(window.to, window.to, ...unitCodes, from, to);
    return `SELECT r.unit_code AS unitCode, ${COUNT_SUMS_SQL} FROM ${table} r
      WHERE r.unit_code IN (${units}) AND r.${column} >= ? AND r.${column} <= ? GROUP BY r.unit_code`;
  });
  const rows = await statisticsQuery(ds, parts.join('\n    UNION ALL '), params);
  for (const row of rows) {
    const counts = {
      received: toCount(row.received),
      resolved: toCount(row.resolved),
      resolvedOnTime: toCount(row.resolvedOnTime),
    };
    const seen = result.get(row.unitCode);
    result.set(row.unitCode, seen ? addCounts(seen, counts) : counts);
  }
  return result;
}

export interface ProcedureCounts {
  /** In force on the last day of the window. */
  procedures: number;
  /** With a simplification decision dated inside the window. */
  simplifiedProcedures: number;
}

/**
 * Both catalogue figures of a window in one statement, for the procedures this level handles on
 * its last day (from 2025-07-01 the district's are the commune level's).
 */
export async function countProcedures(ds: DataSource, window: DateWindow): Promise<ProcedureCounts> {
  const [row] = await statisticsQuery(
    ds,
    `SELECT
       (SELECT COUNT(DISTINCT p.code) FROM admin_procedure p ${levelJoin('p')}
         WHERE p.effective_from <= ? AND (p.effective_to IS NULL OR p.effective_to >= ?) AND ${joinedAtItsLevelOn('p')}) AS procedures,
       (SELECT COUNT(DISTINCT s.procedure_code) FROM simplification s JOIN admin_procedure p ON p.code = s.procedure_code ${levelJoin('p')}
         WHERE s.decision_date >= ? AND s.decision_date <= ? AND ${joinedAtItsLevelOn('p')}) AS simplified`,
    [window.to, window.to, window.to, window.to, window.from, window.to, window.to, window.to],
  );
  return { procedures: toCount(row.procedures), simplifiedProcedures: toCount(row.simplified) };
}
