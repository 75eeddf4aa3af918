import { joinedAtItsLevelOn, levelJoin } from '../catalogue/procedureLevels';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { DateWindow } from '../../shared/dates';
import { statisticsQuery } from '../../shared/statisticsReader';
import { toCount, type DossierCounts } from './stats';

/**
 * Adds the three counts of the dossiers received in a window, read from the cohort rollup
 * (alias `r`, see rollups.ts) instead of the raw dossiers: resolved means resolved by the end
 * of the window (parameter :to; unresolved rows carry 9999-12-31), on time means no later than
 * the due day with at most one supplement request (Decision 766), decided when the row was
 * written. With a LEFT JOIN and no rollup row the sums are NULL, which reads as 0.
 */
export function selectDossierCounts<T extends object>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return query
    .addSelect('SUM(r.n)', 'received')
    .addSelect('SUM(CASE WHEN r.resolved_on <= :to THEN r.n ELSE 0 END)', 'resolved')
    .addSelect('SUM(CASE WHEN r.resolved_on <= :to AND r.on_time = 1 THEN r.n ELSE 0 END)', 'resolvedOnTime');
}

export function readDossierCounts(row: {
  received: unknown;
  resolved: unknown;
  resolvedOnTime: unknown;
}): DossierCounts {
  return {
    received: toCount(row.received),
    resolved: toCount(row.resolved),
    resolvedOnTime: toCount(row.resolvedOnTime),
  };
}

/**
 * Dossier counts per unit for the dossiers received inside a window, in one statement on the rollup:
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
  const [sql, params] = selectDossierCounts(ds.createQueryBuilder().select('r.unit_code', 'unitCode'))
    .from('dossier_cohort_rollup', 'r')
    .where('r.unit_code IN (:...unitCodes)', { unitCodes })
    .andWhere('r.received_on >= :from AND r.received_on <= :to', { from: window.from, to: window.to })
    .groupBy('r.unit_code')
    .getQueryAndParameters();
  const rows = await statisticsQuery(ds, sql, params);
  for (const row of rows) result.set(row.unitCode, readDossierCounts(row));
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
