import type { EntityManager } from 'typeorm';
import { firstOfMonth } from '../../shared/dates';
import { insertRows } from '../../shared/insertRows';
import { addToSums, type SumTable } from '../../shared/updateRows';
import type { RollupDelta } from './dayColumns';
import { dayOf, derivedMismatches } from './derivedMismatches';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * `dossier_cohort_month`: the cohort rollup summed over procedures, channels and the days of the
 * receipt month, per unit, receipt month (its first day), resolution day and on-time flag. The
 * level reports' counts ("received in the window, resolved by its last day") need the resolution
 * day, but nothing finer than the unit and, for the window's whole months, than the month of
 * receipt: a six-month headline at Gia Lâm's density read about 33,000 cohort rows of the
 * commune level, and reads about 2,600 month rows here plus the cohort rows of the days at the
 * window's edges (levelStatistics.ts). Kept in step like the month rows of the stocks (monthStocks.ts).
 */
export const COHORT_MONTH_TABLE = 'dossier_cohort_month';
const COHORT_MONTHS: SumTable = {
  table: COHORT_MONTH_TABLE,
  keys: ['unit_code', 'month', 'resolved_on', 'on_time'],
  sums: ['n'],
};

const SEP = '|';

/** The month rows a cohort delta moves, keyed unit|month|resolved_on|on_time; rows that net to zero are left out. */
export function cohortMonthsOf(delta: RollupDelta): Map<string, number> {
  const months = new Map<string, number>();
  for (const [key, n] of delta.cohort) {
    const [unit, receivedOn, resolvedOn, , , onTime] = key.split(SEP);
    const monthKey = [unit, firstOfMonth(receivedOn), resolvedOn, onTime].join(SEP);
    months.set(monthKey, (months.get(monthKey) ?? 0) + n);
  }
  for (const [key, n] of months) if (n === 0) months.delete(key);
  return months;
}

const rowOf = (key: string) => {
  const [unit, month, resolvedOn, onTime] = key.split(SEP);
  return [unit, month, resolvedOn, Number(onTime)];
};

/** The write path: moves the month rows by a write's delta (inside the write's transaction). */
export async function applyCohortMonths(manager: EntityManager, delta: RollupDelta): Promise<void> {
  await addToSums(
    manager,
    COHORT_MONTHS,
    [...cohortMonthsOf(delta)].map(([key, n]) => ({ key: rowOf(key), values: [n] })),
  );
}

/** The bulk path: a delta holding whole units (that have no month rows yet) as new rows. */
export async function writeCohortMonthRows(q: Queryable, delta: RollupDelta): Promise<void> {
  await insertRows(
    q,
    COHORT_MONTH_TABLE,
    [...COHORT_MONTHS.keys, ...COHORT_MONTHS.sums],
    [...cohortMonthsOf(delta)].map(([key, n]) => [...rowOf(key), n]),
  );
}

/** The month rows recomputed from the cohort rollup in one set-based statement (the migration's build). */
export function cohortMonthsFromCohortsSql(monthOf: (column: string) => string): string {
  const month = monthOf('received_on');
  return `INSERT INTO ${COHORT_MONTH_TABLE} (unit_code, month, resolved_on, on_time, n)
    SELECT unit_code, ${month}, resolved_on, on_time, SUM(n) FROM dossier_cohort_rollup
    GROUP BY unit_code, ${month}, resolved_on, on_time HAVING SUM(n) <> 0`;
}

/** Every month row that differs from what a cohort rollup (`cohorts`, holding whole units) calls for. */
export function cohortMonthMismatches(
  q: Queryable,
  unitCodes: readonly string[],
  cohorts: RollupDelta,
): Promise<string[]> {
  const expected = new Map([...cohortMonthsOf(cohorts)].map(([k, n]) => [k, String(n)]));
  return derivedMismatches(
    q,
    {
      ...COHORT_MONTHS,
      label: 'cohort month',
      keyOf: (r) => [r.unit_code, dayOf(r.month), dayOf(r.resolved_on), Number(r.on_time)].join(SEP),
    },
    unitCodes,
    expected,
  );
}
