import { toCount } from './stats';
import type { FigureCounts } from './figures';

type Stock = 'carriedOver' | 'inProgressWithinDeadline' | 'inProgressOverdue';

/**
 * What the statistics statement sums per group and bucket of days (dossierStatistics.ts): the
 * flows, named as the figures they are, and the day-by-day changes of the three stocks, which a
 * period takes from every bucket up to it rather than from its own days.
 */
const FLOWS: Record<Exclude<keyof FigureCounts, Stock>, string> = {
  receivedNew: 'SUM(r.received)',
  receivedOnline: "SUM(CASE WHEN r.channel = 'ONLINE' THEN r.received ELSE 0 END)",
  receivedInPerson: "SUM(CASE WHEN r.channel = 'IN_PERSON' THEN r.received ELSE 0 END)",
  receivedByPost: "SUM(CASE WHEN r.channel = 'POST' THEN r.received ELSE 0 END)",
  resolvedEarly: 'SUM(r.resolved_early)',
  resolvedOnDueDay: 'SUM(r.resolved_on_due_day)',
  resolvedLate: 'SUM(r.resolved_late)',
  denied: 'SUM(r.denied)',
  withdrawn: 'SUM(r.withdrawn)',
  resolvedWorkingDays: 'SUM(r.processing_days)',
};
const CHANGES = {
  opened: 'SUM(r.received - r.closed)',
  withinDelta: 'SUM(r.within_delta)',
  overdueDelta: 'SUM(r.overdue_delta)',
};

export const BUCKET_SUMS_SQL = Object.entries({ ...FLOWS, ...CHANGES }).map(([alias, sum]) => `${sum} AS ${alias}`);

/** The same from the unit rows (unitDays.ts), which hold the receipts by channel as columns of their own. */
export const UNIT_SUMS_SQL = Object.entries({
  ...FLOWS,
  receivedOnline: 'SUM(r.received_online)',
  receivedInPerson: 'SUM(r.received_in_person)',
  receivedByPost: 'SUM(r.received_by_post)',
  ...CHANGES,
}).map(([alias, sum]) => `${sum} AS ${alias}`);

/** The same columns for the days before the window, which only carry stocks into it: no flow is summed. */
export const STOCK_SUMS_SQL = [
  ...Object.keys(FLOWS).map((alias) => `NULL AS ${alias}`),
  ...Object.entries(CHANGES).map(([alias, sum]) => `${sum} AS ${alias}`),
];

/** The same from the month rows of the stocks (monthStocks.ts), which hold the changes summed by month. */
export const MONTH_STOCK_SUMS_SQL = [
  ...Object.keys(FLOWS).map((alias) => `NULL AS ${alias}`),
  'SUM(r.opened) AS opened',
  'SUM(r.within_delta) AS withinDelta',
  'SUM(r.overdue_delta) AS overdueDelta',
];

/** The stock changes of some days taken away: a whole month's row minus its days from the window's start. */
export const MINUS_STOCK_SUMS_SQL = [
  ...Object.keys(FLOWS).map((alias) => `NULL AS ${alias}`),
  ...Object.entries(CHANGES).map(([alias, sum]) => `-${sum} AS ${alias}`),
];

/** Two rows of one group and bucket (bucket 0 is read in parts): their stock changes added up. */
export function addStockChanges(a: BucketSums, b: BucketSums): BucketSums {
  const sum = { ...a };
  for (const alias of Object.keys(CHANGES)) sum[alias] = toCount(a[alias]) + toCount(b[alias]);
  return sum;
}

/** One result row of the statement: a group's sums over one bucket (SUMs may come back as strings). */
export type BucketSums = Record<string, unknown>;

/**
 * A group's figures for each of `periods` periods, from its sums per bucket: bucket 0 holds every
 * day before the window, bucket i the days of period i - 1, and a bucket is missing where the
 * group has no rollup row. A period's flows are its own bucket; the dossiers carried into it were
 * opened minus closed in the buckets before it; the stocks at its end are their changes summed
 * over every bucket up to it.
 */
export function periodFigures(buckets: readonly (BucketSums | undefined)[], periods: number): FigureCounts[] {
  const sum = (bucket: BucketSums | undefined, alias: string) => toCount(bucket?.[alias]);
  const stocks: Record<Stock, number> = { carriedOver: 0, inProgressWithinDeadline: 0, inProgressOverdue: 0 };
  const figures: FigureCounts[] = [];
  for (let i = 0; i <= periods; i++) {
    const bucket = buckets[i];
    stocks.inProgressWithinDeadline += sum(bucket, 'withinDelta');
    stocks.inProgressOverdue += sum(bucket, 'overdueDelta');
    if (i > 0) figures.push(figureCounts(stocks, (name) => sum(bucket, name)));
    stocks.carriedOver += sum(bucket, 'opened');
  }
  return figures;
}

/**
 * One period's counts as an object literal: every row of every answer is one, and one built by
 * Object.fromEntries is a dictionary-mode object, slower to read in every resolver and serialiser.
 */
function figureCounts(stocks: Record<Stock, number>, flow: (name: keyof FigureCounts) => number): FigureCounts {
  return {
    receivedNew: flow('receivedNew'),
    carriedOver: stocks.carriedOver,
    receivedOnline: flow('receivedOnline'),
    receivedInPerson: flow('receivedInPerson'),
    receivedByPost: flow('receivedByPost'),
    resolvedEarly: flow('resolvedEarly'),
    resolvedOnDueDay: flow('resolvedOnDueDay'),
    resolvedLate: flow('resolvedLate'),
    inProgressWithinDeadline: stocks.inProgressWithinDeadline,
    inProgressOverdue: stocks.inProgressOverdue,
    denied: flow('denied'),
    withdrawn: flow('withdrawn'),
    resolvedWorkingDays: flow('resolvedWorkingDays'),
  };
}
