import type { EntityManager } from 'typeorm';
import { insertRows } from '../../shared/insertRows';
import {
  addContribution,
  DAY_COLUMNS,
  emptyDelta,
  prune,
  unitsOf,
  type RollupDelta,
  type RollupDossier,
} from './rollups';
import { bumpUnitVersionsInBulk } from './rollupVersions';
import { MONTH_STOCK_TABLE, writeMonthStockRows } from './monthStocks';
import { UNIT_DAY_TABLE, writeUnitDayRows } from './unitDays';
import { COHORT_MONTH_TABLE, writeCohortMonthRows } from './cohortMonths';

/**
 * Rebuilding and checking rollups from raw dossier rows: the bulk path of the seed and of
 * migrations, and the recount of verify-rollups. Works unit by unit, so a national data set
 * never has to fit in memory at once.
 */
type Queryable = Pick<EntityManager, 'query'>;

const day = (v: unknown) =>
  v === null || v === undefined
    ? null
    : typeof v === 'string'
      ? v.slice(0, 10)
      : (v as Date).toISOString().slice(0, 10);

export async function unitCodesWithDossiers(q: Queryable): Promise<string[]> {
  return (await q.query('SELECT DISTINCT unit_code AS u FROM dossier ORDER BY unit_code')).map(
    (r: { u: string }) => r.u,
  );
}

/** The rollups the raw rows of these units call for. */
export async function recountFromDossiers(q: Queryable, unitCodes: readonly string[]): Promise<RollupDelta> {
  const delta = emptyDelta();
  if (unitCodes.length === 0) return delta;
  const rows = await q.query(
    `SELECT unit_code, procedure_code, channel, received_on, due_on, resolved_on, closed_on, status, supplement_count, paused_on, processing_days
       FROM dossier WHERE unit_code IN (${unitCodes.map(() => '?').join(', ')})`,
    [...unitCodes],
  );
  for (const r of rows) {
    const d: RollupDossier = {
      unitCode: r.unit_code,
      procedureCode: r.procedure_code,
      channel: r.channel,
      receivedOn: day(r.received_on)!,
      dueOn: day(r.due_on)!,
      resolvedOn: day(r.resolved_on),
      closedOn: day(r.closed_on),
      status: r.status,
      supplementCount: Number(r.supplement_count),
      pausedOn: day(r.paused_on),
      processingDays: r.processing_days === null ? null : Number(r.processing_days),
    };
    addContribution(delta, d, 1);
  }
  return prune(delta);
}

/** What the rollup tables hold for these units, in the same shape. */
export async function readRollups(q: Queryable, unitCodes: readonly string[]): Promise<RollupDelta> {
  const delta = emptyDelta();
  if (unitCodes.length === 0) return delta;
  const marks = unitCodes.map(() => '?').join(', ');
  for (const r of await q.query(
    `SELECT unit_code, day, procedure_code, channel, ${DAY_COLUMNS.join(', ')} FROM dossier_day_rollup WHERE unit_code IN (${marks})`,
    [...unitCodes],
  )) {
    delta.day.set(
      [r.unit_code, day(r.day), r.procedure_code, r.channel].join('|'),
      Object.fromEntries(DAY_COLUMNS.map((c) => [c, Number(r[c])])) as Record<(typeof DAY_COLUMNS)[number], number>,
    );
  }
  for (const r of await q.query(
    `SELECT unit_code, received_on, resolved_on, procedure_code, channel, on_time, n FROM dossier_cohort_rollup WHERE unit_code IN (${marks})`,
    [...unitCodes],
  )) {
    delta.cohort.set(
      [r.unit_code, day(r.received_on), day(r.resolved_on), r.procedure_code, r.channel, Number(r.on_time)].join('|'),
      Number(r.n),
    );
  }
  return prune(delta);
}

/** Every row that differs between two rollups, described for a person to read. */
export function diffRollups(expected: RollupDelta, actual: RollupDelta): string[] {
  const out: string[] = [];
  for (const key of new Set([...expected.day.keys(), ...actual.day.keys()])) {
    const e = expected.day.get(key);
    const a = actual.day.get(key);
    const columns = DAY_COLUMNS.filter((c) => (e?.[c] ?? 0) !== (a?.[c] ?? 0));
    if (columns.length)
      out.push(`day ${key}: ${columns.map((c) => `${c} expected ${e?.[c] ?? 0} found ${a?.[c] ?? 0}`).join(', ')}`);
  }
  for (const key of new Set([...expected.cohort.keys(), ...actual.cohort.keys()])) {
    const e = expected.cohort.get(key) ?? 0;
    const a = actual.cohort.get(key) ?? 0;
    if (e !== a) out.push(`cohort ${key}: expected ${e} found ${a}`);
  }
  return out;
}

/**
 * Replaces these units' rollup rows by a recount of their raw rows (call inside a transaction),
 * 50 units at a time, so a large list never has to fit in memory at once.
 */
export async function rebuildRollups(q: Queryable, unitCodes: readonly string[]): Promise<void> {
  for (let i = 0; i < unitCodes.length; i += 50) {
    const units = unitCodes.slice(i, i + 50);
    const marks = units.map(() => '?').join(', ');
    await q.query(`DELETE FROM dossier_day_rollup WHERE unit_code IN (${marks})`, units);
    await q.query(`DELETE FROM dossier_cohort_rollup WHERE unit_code IN (${marks})`, units);
    await q.query(`DELETE FROM ${MONTH_STOCK_TABLE} WHERE unit_code IN (${marks})`, units);
    await q.query(`DELETE FROM ${UNIT_DAY_TABLE} WHERE unit_code IN (${marks})`, units);
    await q.query(`DELETE FROM ${COHORT_MONTH_TABLE} WHERE unit_code IN (${marks})`, units);
    const delta = await recountFromDossiers(q, units);
    await writeRollupRows(q, delta);
    await writeDerivedRows(q, delta);
    await bumpUnitVersionsInBulk(q, units);
  }
}

/**
 * Inserts a delta as new rows (only for units that have no rollup rows yet) and moves the
 * counters of its units, so statistics remembered for them are read again.
 */
export async function writeDelta(q: Queryable, delta: RollupDelta): Promise<void> {
  await writeRollupRows(q, delta);
  await writeDerivedRows(q, delta);
  await bumpUnitVersionsInBulk(q, unitsOf(delta));
}

/** The tables statistics read that are sums of the day or cohort rollup: the month rows of the stocks and cohorts, the unit rows. */
async function writeDerivedRows(q: Queryable, delta: RollupDelta): Promise<void> {
  await writeMonthStockRows(q, delta);
  await writeUnitDayRows(q, delta);
  await writeCohortMonthRows(q, delta);
}

/**
 * The day and cohort rows alone: for the migration that creates the rollups, before the counters
 * and the month rows exist (their own migration builds those from the day rows).
 */
export async function writeRollupRows(q: Queryable, delta: RollupDelta): Promise<void> {
  await insertRows(
    q,
    'dossier_day_rollup',
    ['unit_code', 'day', 'procedure_code', 'channel', ...DAY_COLUMNS],
    [...delta.day].map(([k, row]) => [...k.split('|'), ...DAY_COLUMNS.map((c) => row[c])]),
  );
  await insertRows(
    q,
    'dossier_cohort_rollup',
    ['unit_code', 'received_on', 'resolved_on', 'procedure_code', 'channel', 'on_time', 'n'],
    [...delta.cohort].map(([k, n]) => {
      const parts = k.split('|');
      return [...parts.slice(0, 5), Number(parts[5]), n];
    }),
  );
}
