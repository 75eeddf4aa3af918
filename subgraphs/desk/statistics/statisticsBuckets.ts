import { toCount } from './stats';
import { FIGURE_FIELDS, type FigureCounts } from './figures';

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

/** The same columns for the days before the window, which only carry stocks into it: no flow is summed. */
export const STOCK_SUMS_SQL = [
  ...Object.keys(FLOWS).map((alias) => `NULL AS ${alias}`),
  ...Object.entries(CHANGES).map(([alias, sum]) => `${sum} AS ${alias}`),
];

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
    if (i > 0) {
      const figure = (name: keyof FigureCounts) => (name in stocks ? stocks[name as Stock] : sum(bucket, name));
      figures.push(Object.fromEntries(FIGURE_FIELDS.map((name) => [name, figure(name)])) as unknown as FigureCounts);
    }
    stocks.carriedOver += sum(bucket, 'opened');
  }
  return figures;
}
