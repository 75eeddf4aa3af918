import type { EntityManager } from 'typeorm';
import { insertRows } from '../../shared/insertRows';
import { addToSums, type SumTable } from '../../shared/updateRows';
import { DAY_COLUMNS, type RollupDelta } from './dayColumns';
import { dayOf, derivedMismatches } from './derivedMismatches';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * `dossier_unit_day_rollup`: the day rollup summed over procedures and channels, per unit and day,
 * with the receipts also split by channel. Statistics grouped by nothing finer than the unit (by
 * unit, level or month, no filter on sector, procedure or channel: the by-commune table, the
 * headline's breakdowns) read one row per unit and day here, where the day rollup has one per
 * procedure and channel that had a dossier that day (about eleven per commune and day on the Gia
 * Lâm data, and every row summed thirteen times). Kept in step like the month rows (monthStocks.ts).
 */
export const UNIT_DAY_TABLE = 'dossier_unit_day_rollup';
const BY_CHANNEL = { ONLINE: 'received_online', IN_PERSON: 'received_in_person', POST: 'received_by_post' } as const;
export const UNIT_DAY_COLUMNS = [...DAY_COLUMNS, ...Object.values(BY_CHANNEL)] as const;
/** The unit rows' key and sums, for every path that writes or checks them. */
const UNIT_DAYS: SumTable = { table: UNIT_DAY_TABLE, keys: ['unit_code', 'day'], sums: UNIT_DAY_COLUMNS };
type UnitDay = Record<(typeof UNIT_DAY_COLUMNS)[number], number>;

const SEP = '|';

/** The unit rows a day delta moves, keyed unit|day; rows whose changes cancel out are left out. */
export function unitDaysOf(delta: RollupDelta): Map<string, UnitDay> {
  const days = new Map<string, UnitDay>();
  for (const [key, row] of delta.day) {
    const [unit, day, , channel] = key.split(SEP);
    const dayKey = `${unit}${SEP}${day}`;
    let sum = days.get(dayKey);
    if (!sum) days.set(dayKey, (sum = Object.fromEntries(UNIT_DAY_COLUMNS.map((c) => [c, 0])) as UnitDay));
    for (const c of DAY_COLUMNS) sum[c] += row[c];
    sum[BY_CHANNEL[channel as keyof typeof BY_CHANNEL]] += row.received;
  }
  for (const [key, sum] of days) if (UNIT_DAY_COLUMNS.every((c) => sum[c] === 0)) days.delete(key);
  return days;
}

/** The write path: moves the unit rows by a write's delta (inside the write's transaction). */
export async function applyUnitDays(manager: EntityManager, delta: RollupDelta): Promise<void> {
  const rows = [...unitDaysOf(delta)].map(([key, sum]) => ({
    key: key.split(SEP),
    values: UNIT_DAY_COLUMNS.map((c) => sum[c]),
  }));
  await addToSums(manager, UNIT_DAYS, rows);
}

/** The bulk path: a delta holding whole units (that have no unit rows yet) as new rows. */
export async function writeUnitDayRows(q: Queryable, delta: RollupDelta): Promise<void> {
  await insertRows(
    q,
    UNIT_DAY_TABLE,
    [...UNIT_DAYS.keys, ...UNIT_DAY_COLUMNS],
    [...unitDaysOf(delta)].map(([k, sum]) => [...k.split(SEP), ...UNIT_DAY_COLUMNS.map((c) => sum[c])]),
  );
}

/** The unit rows recomputed from the day rollup in one set-based statement (the migration's build). */
export function unitDaysFromDaysSql(): string {
  const sums = [
    ...DAY_COLUMNS.map((c) => `SUM(${c})`),
    ...Object.entries(BY_CHANNEL).map(([channel]) => `SUM(CASE WHEN channel = '${channel}' THEN received ELSE 0 END)`),
  ];
  return `INSERT INTO ${UNIT_DAY_TABLE} (unit_code, day, ${UNIT_DAY_COLUMNS.join(', ')})
    SELECT unit_code, day, ${sums.join(', ')} FROM dossier_day_rollup GROUP BY unit_code, day
    HAVING ${sums.map((s) => `${s} <> 0`).join(' OR ')}`;
}

/** Every unit row that differs from what a day rollup (`days`, holding whole units) calls for. */
export function unitDayMismatches(q: Queryable, unitCodes: readonly string[], days: RollupDelta): Promise<string[]> {
  const expected = new Map([...unitDaysOf(days)].map(([k, s]) => [k, UNIT_DAY_COLUMNS.map((c) => s[c]).join(',')]));
  return derivedMismatches(
    q,
    {
      ...UNIT_DAYS,
      label: 'unit day',
      keyOf: (r) => `${r.unit_code}${SEP}${dayOf(r.day)}`,
    },
    unitCodes,
    expected,
  );
}
