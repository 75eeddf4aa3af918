import type { EntityManager } from 'typeorm';
import { addDays } from '../../shared/dates';
import { updateOrInsert } from '../../shared/updateRows';
import { bumpUnitVersions } from './rollupVersions';
import { applyMonthStocks } from './monthStocks';
import { applyUnitDays } from './unitDays';
import { applyCohortMonths } from './cohortMonths';
import { DAY_COLUMNS, type DayColumn, type RollupDelta } from './dayColumns';

export { DAY_COLUMNS, type DayColumn, type RollupDelta };
import type { Dossier } from '../dossiers/dossierEntity';
import { resolutionTiming } from '../dossiers/dossierLifecycle';

/**
 * Statistic rollups, kept in step with every dossier write (same transaction), so statistic
 * reads never scan raw dossiers. Two tables, both per unit, procedure and channel:
 *
 * - `dossier_day_rollup`, per day: flows (received, closed, resolved early / on the due day /
 *   late, denied, withdrawn, processing days) on the day they happened, and the day-by-day
 *   changes of two stocks (open within the deadline, open and overdue). A window's flows are
 *   sums over its days; a stock at the end of day t is the sum of its changes up to t; the
 *   dossiers carried over into a window are those received minus those closed before it.
 * - `dossier_cohort_rollup`, per receipt day and resolution day: the level reports' counts
 *   ("received in the window, resolved by its last day") need both days together.
 *
 * A dossier's contribution is a pure function of its row, so a write subtracts the old row's
 * and adds the new one's (applyToRollups), and verify-rollups recomputes everything from raw rows.
 */
export type RollupDossier = Pick<
  Dossier,
  | 'unitCode'
  | 'procedureCode'
  | 'channel'
  | 'receivedOn'
  | 'dueOn'
  | 'resolvedOn'
  | 'closedOn'
  | 'status'
  | 'supplementCount'
  | 'pausedOn'
  | 'processingDays'
>;

/** Resolution day of a dossier not (yet) resolved: a primary key column cannot be NULL. */
export const NOT_RESOLVED = '9999-12-31';

export const emptyDelta = (): RollupDelta => ({ day: new Map(), cohort: new Map() });

const SEP = '|';
const dayKey = (d: RollupDossier, day: string) => [d.unitCode, day, d.procedureCode, d.channel].join(SEP);

function addDay(delta: RollupDelta, key: string, column: DayColumn, value: number): void {
  if (value === 0) return;
  let row = delta.day.get(key);
  if (!row) delta.day.set(key, (row = Object.fromEntries(DAY_COLUMNS.map((c) => [c, 0])) as Record<DayColumn, number>));
  row[column] += value;
}

const TIMING_COLUMN = { EARLY: 'resolved_early', ON_DUE_DAY: 'resolved_on_due_day', LATE: 'resolved_late' } as const;

/** Adds `sign` times a dossier's contribution to `delta` (the sums statistics read, dossierStatistics.ts). */
export function addContribution(delta: RollupDelta, d: RollupDossier, sign: 1 | -1): void {
  const at = (day: string, column: DayColumn, value = 1) => addDay(delta, dayKey(d, day), column, sign * value);
  at(d.receivedOn, 'received');
  if (d.closedOn) at(d.closedOn, 'closed');
  if (d.resolvedOn) {
    at(d.resolvedOn, TIMING_COLUMN[resolutionTiming(d)!]);
    at(d.resolvedOn, 'processing_days', d.processingDays ?? 0);
  }
  if (d.closedOn && d.status === 'DENIED') at(d.closedOn, 'denied');
  if (d.closedOn && d.status === 'WITHDRAWN') at(d.closedOn, 'withdrawn');
  // Open on day t: received by t, not closed by t. Overdue: past the due day, unless the clock
  // was stopped by a supplement request made by the due day. Each stock is an interval of days.
  const stopped = d.pausedOn !== null && d.pausedOn <= d.dueOn;
  const withinEnd = stopped
    ? d.closedOn
    : d.closedOn && d.closedOn <= addDays(d.dueOn, 1)
      ? d.closedOn
      : addDays(d.dueOn, 1);
  interval(d.receivedOn, withinEnd, 'within_delta');
  if (!stopped) interval(d.dueOn >= d.receivedOn ? addDays(d.dueOn, 1) : d.receivedOn, d.closedOn, 'overdue_delta');

  function interval(start: string, endExclusive: string | null, column: DayColumn) {
    if (endExclusive !== null && endExclusive <= start) return;
    at(start, column);
    if (endExclusive !== null) at(endExclusive, column, -1);
  }

  const onTime = d.resolvedOn !== null && d.resolvedOn <= d.dueOn && d.supplementCount <= 1 ? 1 : 0;
  const cohortKey = [d.unitCode, d.receivedOn, d.resolvedOn ?? NOT_RESOLVED, d.procedureCode, d.channel, onTime].join(
    SEP,
  );
  delta.cohort.set(cohortKey, (delta.cohort.get(cohortKey) ?? 0) + sign);
}

/** The units a delta moves (every key starts with the unit code). */
export function unitsOf(delta: RollupDelta): Set<string> {
  return new Set([...delta.day.keys(), ...delta.cohort.keys()].map((key) => key.slice(0, key.indexOf(SEP))));
}

/** Drops rows whose changes cancelled out, so every write touches only what moved. */
export function prune(delta: RollupDelta): RollupDelta {
  for (const [key, row] of delta.day) if (DAY_COLUMNS.every((c) => row[c] === 0)) delta.day.delete(key);
  for (const [key, n] of delta.cohort) if (n === 0) delta.cohort.delete(key);
  return delta;
}

export function deltaOf(before: RollupDossier | null, after: RollupDossier | null): RollupDelta {
  const delta = emptyDelta();
  if (before) addContribution(delta, before, -1);
  if (after) addContribution(delta, after, 1);
  return prune(delta);
}

const DAY_KEY_SQL = 'unit_code = ? AND day = ? AND procedure_code = ? AND channel = ?';
const COHORT_KEY_SQL =
  'unit_code = ? AND received_on = ? AND resolved_on = ? AND procedure_code = ? AND channel = ? AND on_time = ?';

/**
 * The write path's one call: given a dossier's row before and after a write (null before it
 * existed), moves the rollups by the difference. Call it inside the write's transaction.
 */
export async function applyToRollups(
  manager: EntityManager,
  before: RollupDossier | null,
  after: RollupDossier | null,
): Promise<void> {
  await applyDelta(manager, deltaOf(before, after));
}

export async function applyDelta(manager: EntityManager, delta: RollupDelta): Promise<void> {
  // First, so writers of one unit queue on its counter before touching its rollup rows.
  await bumpUnitVersions(manager, unitsOf(delta));
  for (const [key, row] of delta.day) {
    const k = key.split(SEP);
    const values = DAY_COLUMNS.map((c) => row[c]);
    await updateOrInsert(
      manager,
      [
        `UPDATE dossier_day_rollup SET ${DAY_COLUMNS.map((c) => `${c} = ${c} + ?`).join(', ')} WHERE ${DAY_KEY_SQL}`,
        [...values, ...k],
      ],
      [
        `INSERT INTO dossier_day_rollup (unit_code, day, procedure_code, channel, ${DAY_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ${DAY_COLUMNS.map(() => '?').join(', ')})`,
        [...k, ...values],
      ],
    );
  }
  for (const [key, n] of delta.cohort) {
    const k = key.split(SEP);
    const params = [...k.slice(0, 5), Number(k[5])];
    await updateOrInsert(
      manager,
      [`UPDATE dossier_cohort_rollup SET n = n + ? WHERE ${COHORT_KEY_SQL}`, [n, ...params]],
      [
        'INSERT INTO dossier_cohort_rollup (unit_code, received_on, resolved_on, procedure_code, channel, on_time, n) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [...params, n],
      ],
    );
  }
  await applyMonthStocks(manager, delta);
  await applyUnitDays(manager, delta);
  await applyCohortMonths(manager, delta);
}
