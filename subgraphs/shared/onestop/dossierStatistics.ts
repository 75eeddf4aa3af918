import type { DataSource } from 'typeorm';
import { addDays, type DateWindow } from '../dates';
import { toCount } from '../stats';
import { FIGURE_FIELDS, ZERO_FIGURES, addFigures, type BreakdownKey, type BreakdownSpec, type FigureCounts } from './figures';
import type { ProcedureLevel } from './procedureEntities';

/**
 * The statistics a one-stop office keeps (OpenCPS's monthly report, Decision 766's indicators)
 * for a window, read in ONE statement per (window, breakdown) however many units, sectors or
 * months it covers, from the per-day rollup (rollups.ts), never from raw dossiers. A dossier
 * counts in a period [from, to] when it was received by `to` and not closed before `from`:
 * flows are the rollup's columns summed over the period's days, the two in-progress stocks are
 * their day-by-day changes summed up to `to`, and the carried-over dossiers are those received
 * minus those closed before `from`.
 */
const FLOW = 'r.day >= w.p_from';
const flow = (column: string, extra = '') => `SUM(CASE WHEN ${FLOW}${extra} THEN r.${column} ELSE 0 END)`;
const FIGURE_SQL: Record<keyof FigureCounts, string> = {
  receivedNew: flow('received'),
  carriedOver: 'SUM(CASE WHEN r.day < w.p_from THEN r.received - r.closed ELSE 0 END)',
  receivedOnline: flow('received', " AND r.channel = 'ONLINE'"),
  receivedInPerson: flow('received', " AND r.channel = 'IN_PERSON'"),
  receivedByPost: flow('received', " AND r.channel = 'POST'"),
  resolvedEarly: flow('resolved_early'),
  resolvedOnDueDay: flow('resolved_on_due_day'),
  resolvedLate: flow('resolved_late'),
  inProgressWithinDeadline: 'SUM(r.within_delta)',
  inProgressOverdue: 'SUM(r.overdue_delta)',
  denied: flow('denied'),
  withdrawn: flow('withdrawn'),
  resolvedWorkingDays: flow('processing_days'),
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
  const groups: [string, string][] = [['r.unit_code', 'unitCode']];
  if (by.has('SECTOR')) groups.push(['p.sector', 'sector']);
  if (by.has('PROCEDURE')) groups.push(['r.procedure_code', 'procedureCode']);
  if (by.has('CHANNEL')) groups.push(['r.channel', 'channel']);
  if (by.has('MONTH')) groups.push(['w.p_key', 'month']);
  const sums = (Object.keys(FIGURE_SQL) as (keyof FigureCounts)[]).map((name) => `${FIGURE_SQL[name]} AS ${name}`);
  const where: string[] = [];
  const inList = (column: string, values: readonly string[]) => {
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('r.unit_code', f.units ? unitCodes.filter((u) => f.units!.includes(u)) : unitCodes);
  if (f.sectors) inList('p.sector', f.sectors);
  if (f.procedures) inList('r.procedure_code', f.procedures);
  if (f.channels) inList('r.channel', f.channels);
  if (f.units && !unitCodes.some((u) => f.units!.includes(u))) return [];
  const needsProcedure = by.has('SECTOR') || f.sectors !== undefined;
  const sql = `SELECT ${groups.map(([expr, alias]) => `${expr} AS ${alias}`).join(', ')}, ${sums.join(', ')}
    FROM (${periodSql}) w
    JOIN dossier_day_rollup r ON r.day <= w.p_to
    ${needsProcedure ? 'JOIN admin_procedure p ON p.code = r.procedure_code' : ''}
    WHERE ${where.join(' AND ')}
    GROUP BY ${groups.map(([expr]) => expr).join(', ')}`;
  const rows: Record<string, unknown>[] = await ds.query(sql, params);
  // A group with nothing received in or carried into the period has no dossier in it: the
  // rollup still has rows for it (all of its dossiers closed earlier), the report does not.
  return rows.filter((row) => toCount(row.receivedNew) + toCount(row.carriedOver) > 0).map((row) => ({
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
