import type { DataSource } from 'typeorm';
import { addDays, firstOfMonth, firstOfNextMonth, type DateWindow } from '../../shared/dates';
import { statisticsQuery } from '../../shared/statisticsReader';
import { ZERO_FIGURES, addFigures, type BreakdownKey, type BreakdownSpec, type FigureCounts } from './figures';
import type { ProcedureLevel } from '../catalogue/procedureEntities';
import { statisticsBounds, tooManyRowsError } from '../../shared/statisticsBounds';
import {
  BUCKET_SUMS_SQL,
  MINUS_STOCK_SUMS_SQL,
  MONTH_STOCK_SUMS_SQL,
  STOCK_SUMS_SQL,
  UNIT_SUMS_SQL,
  addStockChanges,
  periodFigures,
  type BucketSums,
} from './statisticsBuckets';
import { MONTH_STOCK_TABLE } from '../rollups/monthStocks';
import { UNIT_DAY_TABLE } from '../rollups/unitDays';

/**
 * The statistics a one-stop office keeps (OpenCPS's monthly report, Decision 766's indicators)
 * for a window, read in ONE statement per (window, breakdown) however many units, sectors or
 * months it covers, from the per-day rollup (rollups.ts), never from raw dossiers. A dossier
 * counts in a period [from, to] when it was received by `to` and not closed before `from`:
 * flows are the rollup's columns summed over the period's days, the two in-progress stocks are
 * their day-by-day changes summed up to `to`, and the carried-over dossiers are those received
 * minus those closed before `from`. The stocks need every day since the first, so the statement
 * sums the rollup once into buckets of days that do not overlap (all days before the window,
 * then each period) and the running sums over the buckets are added up here
 * (statisticsBuckets.ts): the history is read once, not once per period.
 */

/** Breakdown periods: the whole window, or each calendar month of it (clipped to the window). */
export function periodsOf(window: DateWindow, byMonth: boolean): { key: string | null; from: string; to: string }[] {
  if (!byMonth) return [{ key: null, from: window.from, to: window.to }];
  const periods = [];
  for (let start = window.from; start <= window.to;) {
    const next = firstOfNextMonth(start);
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

type Period = ReturnType<typeof periodsOf>[number];
type Groups = [string, string][];

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
  if (f.units && !unitCodes.some((u) => f.units!.includes(u))) return [];
  const by = new Set(spec.by);
  const periods = periodsOf(window, by.has('MONTH'));
  const { sql, params, groups } = bucketStatement(unitCodes, window, spec, periods);
  const rows: BucketSums[] = await statisticsQuery(ds, sql, params);
  return statisticsRows(bucketsByGroup(rows, groups), periods, by, level, unitCodes.length);
}

/**
 * The one statement: the rollup's sums per group and bucket of days, filtered by the spec. One
 * part per bucket, joined by UNION ALL, each reading its own range of days from the rollup's
 * primary key (unit, day, ...): every row is read once, only the days before the window skip the
 * flows (the stocks are all they give), and a part grouped by unit alone is grouped in index
 * order, where one CASE-computed bucket column made every engine sort the units' whole history
 * (about 60 ms of the commune subgraph's CPU per cold by-commune answer, on SQLite). A spec that
 * needs nothing finer than the unit reads the unit rows (unitDays.ts) instead of the day rollup.
 */
function bucketStatement(unitCodes: readonly string[], window: DateWindow, spec: BreakdownSpec, periods: Period[]) {
  const by = new Set(spec.by);
  const groups: Groups = [['r.unit_code', 'unitCode']];
  if (by.has('SECTOR')) groups.push(['p.sector', 'sector']);
  if (by.has('PROCEDURE')) groups.push(['r.procedure_code', 'procedureCode']);
  if (by.has('CHANNEL')) groups.push(['r.channel', 'channel']);
  const { where, filterParams, needsProcedure } = filterOf(unitCodes, spec);
  const perUnit = groups.length === 1 && !spec.filter.channels && !spec.filter.procedures && !needsProcedure;
  const join = needsProcedure ? ' JOIN admin_procedure p ON p.code = r.procedure_code' : '';
  const selected = groups.map(([expr, alias]) => `${expr} AS ${alias}`).join(', ');
  const grouped = groups.map(([expr]) => expr).join(', ');
  const params: unknown[] = [];
  const part = (bucket: number, table: string, days: string, dayParams: unknown[], sums: readonly string[]) => {
    params.push(...dayParams, ...filterParams);
    return `SELECT ${selected}, ${bucket} AS bucket, ${sums.join(', ')} FROM ${table} r${join}
      WHERE ${[days, ...where].join(' AND ')} GROUP BY ${grouped}`;
  };
  const dayTable = perUnit ? UNIT_DAY_TABLE : 'dossier_day_rollup';
  const parts = [
    ...beforeWindow(window.from).map(({ table, days, dayParams, sums }) =>
      part(0, table === 'months' ? MONTH_STOCK_TABLE : dayTable, days, dayParams, sums),
    ),
    ...periods.map((p, i) =>
      part(i + 1, dayTable, 'r.day >= ? AND r.day <= ?', [p.from, p.to], perUnit ? UNIT_SUMS_SQL : BUCKET_SUMS_SQL),
    ),
  ];
  return { sql: parts.join('\n    UNION ALL '), params, groups };
}

/** The spec's filter as conditions on the rollup (alias r) and the procedure (alias p). */
function filterOf(unitCodes: readonly string[], spec: BreakdownSpec) {
  const f = spec.filter;
  const where: string[] = [];
  const filterParams: unknown[] = [];
  const inList = (column: string, values: readonly string[]) => {
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    filterParams.push(...values);
  };
  inList('r.unit_code', f.units ? unitCodes.filter((u) => f.units!.includes(u)) : unitCodes);
  if (f.sectors) inList('p.sector', f.sectors);
  if (f.procedures) inList('r.procedure_code', f.procedures);
  if (f.channels) inList('r.channel', f.channels);
  return { where, filterParams, needsProcedure: spec.by.includes('SECTOR') || f.sectors !== undefined };
}

/**
 * The parts of bucket 0 (every stock change before `from`): the month rows up to a month's start,
 * and the days between that start and `from`, added (from the month `from` is in) or taken away
 * (from the next month), whichever reads fewer days. A window's stocks used to read the units'
 * whole history day by day; now one row per month and group, and at most half a month of days.
 */
function beforeWindow(from: string) {
  const monthStart = firstOfMonth(from);
  const nextMonth = firstOfNextMonth(from);
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  const monthsBefore = (month: string) => ({
    table: 'months',
    days: 'r.month < ?',
    dayParams: [month],
    sums: MONTH_STOCK_SUMS_SQL,
  });
  if (from === monthStart) return [monthsBefore(monthStart)];
  if (days(from, nextMonth) < days(monthStart, from))
    return [
      monthsBefore(nextMonth),
      { table: 'days', days: 'r.day >= ? AND r.day < ?', dayParams: [from, nextMonth], sums: MINUS_STOCK_SUMS_SQL },
    ];
  return [
    monthsBefore(monthStart),
    { table: 'days', days: 'r.day >= ? AND r.day < ?', dayParams: [monthStart, from], sums: STOCK_SUMS_SQL },
  ];
}

/** Each group's rows, indexed by bucket. */
function bucketsByGroup(rows: BucketSums[], groups: Groups): Map<string, BucketSums[]> {
  const bucketsOf = new Map<string, BucketSums[]>();
  for (const row of rows) {
    const id = groups.map(([, alias]) => row[alias]).join('\u0001');
    let buckets = bucketsOf.get(id);
    if (!buckets) bucketsOf.set(id, (buckets = []));
    const bucket = Number(row.bucket);
    // Bucket 0 comes in parts (month rows, then days added or taken away): one sum of their changes.
    buckets[bucket] = buckets[bucket] ? addStockChanges(buckets[bucket], row) : row;
  }
  return bucketsOf;
}

function statisticsRows(
  bucketsOf: Map<string, BucketSums[]>,
  periods: Period[],
  by: Set<BreakdownSpec['by'][number]>,
  level: ProcedureLevel,
  units: number,
): StatisticsRow[] {
  const result: StatisticsRow[] = [];
  // Rows here are per unit: merged, each district's answer has at least 1/units of them, so past
  // this many some answer is over the row bound and building the rest would be wasted work.
  const maxRows = statisticsBounds().maxRows * units;
  for (const buckets of bucketsOf.values()) {
    if (result.length > maxRows)
      throw tooManyRowsError(`the breakdown would answer more than ${statisticsBounds().maxRows} rows per level`);
    const row = buckets.find((bucket) => bucket !== undefined)!;
    periodFigures(buckets, periods.length).forEach((counts, i) => {
      // A group with nothing received in or carried into the period has no dossier in it: the
      // rollup still has rows for it (all of its dossiers closed earlier), the report does not.
      if (counts.receivedNew + counts.carriedOver <= 0) return;
      result.push({ unitCode: String(row.unitCode), key: breakdownKey(row, by, level, periods[i].key), counts });
    });
  }
  return result;
}

function breakdownKey(
  row: BucketSums,
  by: Set<BreakdownSpec['by'][number]>,
  level: ProcedureLevel,
  month: string | null,
): BreakdownKey {
  return {
    unitCode: by.has('UNIT') ? String(row.unitCode) : null,
    level: by.has('LEVEL') ? level : null,
    sector: by.has('SECTOR') ? String(row.sector) : null,
    procedureCode: by.has('PROCEDURE') ? String(row.procedureCode) : null,
    channel: by.has('CHANNEL') ? (String(row.channel) as BreakdownKey['channel']) : null,
    month,
  };
}

/** Rows with the same key added up, in key order (the order every breakdown answers in). */
export function mergeRows(
  rows: Iterable<{ key: BreakdownKey; counts: FigureCounts }>,
): { key: BreakdownKey; counts: FigureCounts }[] {
  const merged = new Map<string, { key: BreakdownKey; counts: FigureCounts }>();
  for (const row of rows) {
    const id = keyString(row.key);
    const seen = merged.get(id);
    merged.set(id, { key: row.key, counts: addFigures(seen?.counts ?? ZERO_FIGURES, row.counts) });
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

function keyString(key: BreakdownKey): string {
  return [key.level, key.unitCode, key.sector, key.procedureCode, key.channel, key.month]
    .map((v) => v ?? '')
    .join('\u0001');
}
