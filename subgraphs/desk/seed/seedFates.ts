import { vnInstant } from '../../shared/dates';
import type { Random } from '../../shared/random';
import type { Dossier, DossierEvent } from '../dossiers/dossierEntity';
import {
  applyTransition,
  receivedState,
  type DossierStatus,
  type LifecycleCalendar,
} from '../dossiers/dossierLifecycle';

/**
 * Shares of a seed period's dossiers that do not simply get resolved on time. Periods without
 * a mix (the report window of FIGURES.md) keep every dossier resolved on time.
 */
export interface SeedMix {
  withdrawn: number;
  denied: number;
  /** Paused once for a supplement; a sixth of them twice (late by Decision 766). */
  supplemented: number;
  /** Resolved some working days after the due day. */
  late: number;
}

export const REALISTIC_MIX: SeedMix = { withdrawn: 0.015, denied: 0.025, supplemented: 0.06, late: 0.04 };

type SeedCalendar = LifecycleCalendar & { isWorkingDay(day: string): boolean };

/**
 * Plays a dossier's life through the same transitions as the desk's writes (dossierLifecycle.ts),
 * starting from the day and minute the generator picked for its outcome, and returns its events.
 * Without a mix, or when the draw says so, the dossier is simply resolved then.
 */
export function playFate(
  d: Dossier,
  outcome: { day: string; minute: number },
  random: Random,
  calendar: SeedCalendar,
  mix: SeedMix | undefined,
  officeMinute: () => number,
): Omit<DossierEvent, 'dossierId'>[] {
  const events: Omit<DossierEvent, 'dossierId'>[] = [
    { status: 'RECEIVED', at: d.receivedAt, on: d.receivedOn, note: null },
  ];
  let state = receivedState(d.receivedOn, d.dueOn);
  const step = (status: DossierStatus, day: string, minute: number) => {
    const at = vnInstant(day, minute);
    state = applyTransition(state, status, at, calendar);
    events.push({ status, at, on: day, note: null });
  };
  const later = (day: string, min: number, max: number) => calendar.addWorkingDays(day, random.int(min, max));
  const r = mix ? random.next() : 1;
  if (mix && r < mix.withdrawn) {
    step('WITHDRAWN', outcome.day, outcome.minute);
  } else if (mix && r < mix.withdrawn + mix.denied) {
    step('DENIED', outcome.day, outcome.minute);
  } else if (mix && r < mix.withdrawn + mix.denied + mix.supplemented) {
    step('AWAITING_SUPPLEMENT', outcome.day, outcome.minute);
    let back = later(outcome.day, 1, 4);
    step('IN_PROGRESS', back, officeMinute());
    if (random.next() < 1 / 6) {
      const again = later(back, 1, 2);
      step('AWAITING_SUPPLEMENT', again, officeMinute());
      back = later(again, 1, 3);
      step('IN_PROGRESS', back, officeMinute());
    }
    const resolveOn = later(back, 1, 3);
    step('RESOLVED', resolveOn > state.dueOn && state.dueOn > back ? state.dueOn : resolveOn, officeMinute());
  } else if (mix && r < mix.withdrawn + mix.denied + mix.supplemented + mix.late) {
    step('RESOLVED', later(d.dueOn, 1, 6), officeMinute());
  } else {
    step('RESOLVED', outcome.day, outcome.minute);
  }
  Object.assign(d, state);
  return events;
}
