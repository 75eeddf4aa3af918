import type { DataSource } from 'typeorm';
import { addDays, type DateWindow } from '../dates';
import { toCount } from '../stats';
import { FIGURE_FIELDS, ZERO_FIGURES, addFigures, type BreakdownKey, type BreakdownSpec, type FigureCounts } from './figures';
import type { ProcedureLevel } from './procedureEntities';

/**
 * The statistics a one-stop office keeps (OpenCPS's monthly report, Decision 766's indicators)
 * for a window, read in ONE statement per (window, breakdown) however many units, sectors or
 * months it covers. A dossier counts in a period [from, to] when it was received by `to` and
 * not closed before `from`; each figure is a CASE over the denormalised columns that
 * dossierWrites.ts keeps in step with the dossier's history.
 */

/** The SQL twin of dossierLifecycle.resolutionTiming: on time means by the due day and at most one supplement. */
const RESOLVED_IN = `d.resolved_on >= w.p_from AND d.resolved_on <= w.p_to`;
const OPEN_AT_END = `(d.closed_on IS NULL OR d.closed_on > w.p_to)`;
const NEW_IN = `d.received_on >= w.p_from`;
const FIGURE_SQL: Record<keyof FigureCounts, string> = {
  receivedNew: NEW_IN,
  carriedOver: `d.received_on < w.p_from`,
  receivedOnline: `${NEW_IN} AND d.channel = 'ONLINE'`,
  receivedInPerson: `${NEW_IN} AND d.channel = 'IN_PERSON'`,
  receivedByPost: `${NEW_IN} AND d.channel = 'POST'`,
  resolvedEarly: `${RESOLVED_IN} AND d.resolved_on < d.due_on AND d.supplement_count <= 1`,
  resolvedOnDueDay: `${RESOLVED_IN} AND d.resolved_on = d.due_on AND d.supplement_count <= 1`,
  resolvedLate: `${RESOLVED_IN} AND (d.resolved_on > d.due_on OR d.supplement_count > 1)`,
  // A dossier still waiting for a supplement requested by its due day is not overdue: its clock is stopped.
  inProgressWithinDeadline: `${OPEN_AT_END} AND (d.due_on >= w.p_to OR (d.paused_on IS NOT NULL AND d.paused_on <= d.due_on))`,
  inProgressOverdue: `${OPEN_AT_END} AND d.due_on < w.p_to AND (d.paused_on IS NULL OR d.paused_on > d.due_on)`,
  denied: `d.status = 'DENIED' AND d.closed_on >= w.p_from AND d.closed_on <= w.p_to`,
  withdrawn: `d.status = 'WITHDRAWN' AND d.closed_on >= w.p_from AND d.closed_on <= w.p_to`,
  resolvedWorkingDays: '',
};

/** Breakdown periods: the whole window, or each calendar month of it (clipped to the window). */
export function periodsOf(window: DateWindow, byMonth: boolean): { key: string | null; from: string; to: string }[] {
  if (!byMonth) return [{ key: null, from: window.from, to: window.to }];
  const periods = [];
  for (let start = window.from; start <= window.to; ) {
    const next = addDays(`${start.slice(0, 7)}-28`, 4).slice(0, 7) + '-01';
    const end = addDays(next, -1) < window.to ? addDays(next, -1) : window.to;
    periods.push({ key: start.slice(0, 7), from: start, to: end });
    start = next;
  }
  return periods;
}

export interface StatisticsRow {
  unitCode: string;
  key: BreakdownKey;
  counts: FigureCounts;
}

/**
 * Figures of the dossiers of `unitCodes` for a window, grouped by unit and by the spec's
 * dimensions (LEVEL is this database's level and needs no grouping), filtered by its filter.
 */
export async function loadStatistics(
  ds: DataSource,
  level: ProcedureLevel,
  unitCodes: readonly string[],
  window: DateWindow,
  spec: BreakdownSpec,
): Promise<StatisticsRow[]> {
  const f = spec.filter;
  if (unitCodes.length === 0 || (f.levels && !f.levels.includes(level))) return [];
  const by = new Set(spec.by);
  const periods = periodsOf(window, by.has('MONTH'));
  const params: unknown[] = [];
  const periodSql = periods
    .map((p, i) => {
      params.push(p.key ?? '', p.from, p.to);
      return i === 0 ? 'SELECT ? AS p_key, ? AS p_from, ? AS p_to' : 'SELECT ?, ?, ?';
    })
    .join(' UNION ALL ');
  const groups: [string, string][] = [['d.unit_code', 'unitCode']];
  if (by.has('SECTOR')) groups.push(['p.sector', 'sector']);
  if (by.has('PROCEDURE')) groups.push(['d.procedure_code', 'procedureCode']);
  if (by.has('CHANNEL')) groups.push(['d.channel', 'channel']);
  if (by.has('MONTH')) groups.push(['w.p_key', 'month']);
  const sums = (Object.keys(FIGURE_SQL) as (keyof FigureCounts)[]).map((name) =>
    name === 'resolvedWorkingDays'
      ? `SUM(CASE WHEN ${RESOLVED_IN} THEN d.processing_days ELSE 0 END) AS ${name}`
      : `SUM(CASE WHEN ${FIGURE_SQL[name]} THEN 1 ELSE 0 END) AS ${name}`,
  );
  const where = ['d.received_on <= w.p_to', '(d.closed_on IS NULL OR d.closed_on >= w.p_from)'];
  const inList = (column: string, values: readonly string[]) => {
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('d.unit_code', f.units ? unitCodes.filter((u) => f.units!.includes(u)) : unitCodes);
  if (f.sectors) inList('p.sector', f.sectors);
  if (f.procedures) inList('d.procedure_code', f.procedures);
  if (f.channels) inList('d.channel', f.channels);
  if (f.units && !unitCodes.some((u) => f.units!.includes(u))) return [];
  const needsProcedure = by.has('SECTOR') || f.sectors !== undefined;
  const sql = `SELECT ${groups.map(([expr, alias]) => `${expr} AS ${alias}`).join(', ')}, ${sums.join(', ')}
    FROM (${periodSql}) w
    JOIN dossier d ON ${where.shift()}
    ${needsProcedure ? 'JOIN admin_procedure p ON p.code = d.procedure_code' : ''}
    WHERE ${where.join(' AND ')}
    GROUP BY ${groups.map(([expr]) => expr).join(', ')}`;
  const rows: Record<string, unknown>[] = await ds.query(sql, params);
  return rows.map((row) => ({
    unitCode: String(row.unitCode),
    key: {
      unitCode: by.has('UNIT') ? String(row.unitCode) : null,
      level: by.has('LEVEL') ? level : null,
      sector: by.has('SECTOR') ? String(row.sector) : null,
      procedureCode: by.has('PROCEDURE') ? String(row.procedureCode) : null,
      channel: by.has('CHANNEL') ? (String(row.channel) as BreakdownKey['channel']) : null,
      month: by.has('MONTH') ? String(row.month) : null,
    },
    counts: Object.fromEntries(FIGURE_FIELDS.map((name) => [name, toCount(row[name])])) as unknown as FigureCounts,
  }));
}

/** Rows with the same key added up, in key order (the order every breakdown answers in). */
export function mergeRows(rows: Iterable<{ key: BreakdownKey; counts: FigureCounts }>): { key: BreakdownKey; counts: FigureCounts }[] {
  const merged = new Map<string, { key: BreakdownKey; counts: FigureCounts }>();
  for (const row of rows) {
    const id = keyString(row.key);
    const seen = merged.get(id);
    merged.set(id, { key: row.key, counts: addFigures(seen?.counts ?? ZERO_FIGURES, row.counts) });
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

function keyString(key: BreakdownKey): string {
  return [key.level, key.unitCode, key.sector, key.procedureCode, key.channel, key.month].map((v) => v ?? '').join('\u0001');
}
