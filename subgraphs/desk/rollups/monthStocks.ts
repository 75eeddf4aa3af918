import type { EntityManager } from 'typeorm';
import { firstOfMonth } from '../../shared/dates';
import { insertRows } from '../../shared/insertRows';
import { addToSums, type SumTable } from '../../shared/updateRows';
import type { RollupDelta } from './dayColumns';
import { dayOf, derivedMismatches } from './derivedMismatches';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * `dossier_month_stock`: per unit, month (its first day), procedure and channel, the net change
 * of the three stocks over the month's days: opened (received - closed), within_delta and
 * overdue_delta, i.e. the day rollup's stock columns summed by month. A window's stocks need every
 * change before it ("bucket 0" of the statistics statement, dossierStatistics.ts); read from here,
 * that is one row per month and group instead of one per day, and only for groups whose stocks
 * moved across the month (a dossier received and closed within a month nets to zero: no row).
 * Kept in step with the day rollup by every write (applyMonthStocks, in the same transaction),
 * by every bulk build (writeMonthStockRows) and, for existing databases, by its migration.
 */
export const MONTH_STOCK_TABLE = 'dossier_month_stock';
export const MONTH_STOCK_COLUMNS = ['opened', 'within_delta', 'overdue_delta'] as const;
/** The month rows' key and sums, for every path that writes or checks them. */
const MONTH_STOCKS: SumTable = {
  table: MONTH_STOCK_TABLE,
  keys: ['unit_code', 'month', 'procedure_code', 'channel'],
  sums: MONTH_STOCK_COLUMNS,
};
type MonthStock = Record<(typeof MONTH_STOCK_COLUMNS)[number], number>;

const SEP = '|';

/** The month rows a day delta moves, keyed unit|month|procedure|channel; rows that net to zero are left out. */
export function monthStocksOf(delta: RollupDelta): Map<string, MonthStock> {
  const months = new Map<string, MonthStock>();
  for (const [key, row] of delta.day) {
    const [unit, day, procedure, channel] = key.split(SEP);
    const monthKey = [unit, firstOfMonth(day), procedure, channel].join(SEP);
    let month = months.get(monthKey);
    if (!month) months.set(monthKey, (month = { opened: 0, within_delta: 0, overdue_delta: 0 }));
    month.opened += row.received - row.closed;
    month.within_delta += row.within_delta;
    month.overdue_delta += row.overdue_delta;
  }
  for (const [key, m] of months) if (MONTH_STOCK_COLUMNS.every((c) => m[c] === 0)) months.delete(key);
  return months;
}

/** The write path: moves the month rows by a write's delta (inside the write's transaction). */
export async function applyMonthStocks(manager: EntityManager, delta: RollupDelta): Promise<void> {
  const rows = [...monthStocksOf(delta)].map(([key, m]) => ({
    key: key.split(SEP),
    values: MONTH_STOCK_COLUMNS.map((c) => m[c]),
  }));
  await addToSums(manager, MONTH_STOCKS, rows);
}

/** The bulk path: a delta holding whole units (that have no month rows yet) as new rows. */
export async function writeMonthStockRows(q: Queryable, delta: RollupDelta): Promise<void> {
  await insertRows(
    q,
    MONTH_STOCK_TABLE,
    [...MONTH_STOCKS.keys, ...MONTH_STOCK_COLUMNS],
    [...monthStocksOf(delta)].map(([k, m]) => [...k.split(SEP), ...MONTH_STOCK_COLUMNS.map((c) => m[c])]),
  );
}

/** The first day of a date column's month, in SQLite's dialect or MySQL/MariaDB's. */
export const firstOfMonthSql = (sqlite: boolean) => (day: string) =>
  sqlite ? `date(${day}, 'start of month')` : `(${day} - INTERVAL (DAYOFMONTH(${day}) - 1) DAY)`;

/**
 * The month rows recomputed from the day rollup in one set-based statement (the migration's
 * build for existing databases: the national set's tens of millions of day rows never pass
 * through this process). `monthOf` is the engine's first-day-of-month expression.
 */
export function monthStocksFromDaysSql(monthOf: (column: string) => string): string {
  const month = monthOf('day');
  const sums = ['SUM(received - closed)', 'SUM(within_delta)', 'SUM(overdue_delta)'];
  return `INSERT INTO ${MONTH_STOCK_TABLE} (unit_code, month, procedure_code, channel, ${MONTH_STOCK_COLUMNS.join(', ')})
    SELECT unit_code, ${month}, procedure_code, channel, ${sums.join(', ')} FROM dossier_day_rollup
    GROUP BY unit_code, ${month}, procedure_code, channel
    HAVING ${sums.map((s) => `${s} <> 0`).join(' OR ')}`;
}

/**
 * Every month row that differs from what a day rollup (`days`, holding whole units) calls for,
 * described for a person to read: verify-rollups and the tests of the write paths.
 */
export function monthStockMismatches(q: Queryable, unitCodes: readonly string[], days: RollupDelta): Promise<string[]> {
  const expected = new Map(
    [...monthStocksOf(days)].map(([k, m]) => [k, MONTH_STOCK_COLUMNS.map((c) => m[c]).join(',')]),
  );
  return derivedMismatches(
    q,
    {
      ...MONTH_STOCKS,
      label: 'month',
      keyOf: (r) => [r.unit_code, dayOf(r.month), r.procedure_code, r.channel].join(SEP),
    },
    unitCodes,
    expected,
  );
}
