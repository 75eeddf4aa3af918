import type { WorkingCalendar } from '../calendar/WorkingCalendar';
import { addDays, vnDate } from '../../shared/dates';
import { BadUserInputError } from '../../shared/errors';
import type { Dossier } from './dossierEntity';

export const DOSSIER_STATUSES = [
  'RECEIVED',
  'IN_PROGRESS',
  'AWAITING_SUPPLEMENT',
  'RESOLVED',
  'RETURNED',
  'DENIED',
  'WITHDRAWN',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/**
 * Which status may follow which. A dossier is received, handled (possibly paused while the
 * applicant supplements it), then resolved (and its result returned), denied or withdrawn.
 * RESOLVED, DENIED and WITHDRAWN close it; RETURNED only records the hand-over of the result.
 */
export const NEXT_STATUSES: Record<DossierStatus, readonly DossierStatus[]> = {
  RECEIVED: ['IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'RESOLVED', 'DENIED', 'WITHDRAWN'],
  IN_PROGRESS: ['AWAITING_SUPPLEMENT', 'RESOLVED', 'DENIED', 'WITHDRAWN'],
  AWAITING_SUPPLEMENT: ['IN_PROGRESS', 'DENIED', 'WITHDRAWN'],
  RESOLVED: ['RETURNED'],
  RETURNED: [],
  DENIED: [],
  WITHDRAWN: [],
};

/** The columns of a dossier a transition changes. */
export type LifecycleState = Pick<
  Dossier,
  | 'status'
  | 'receivedOn'
  | 'dueOn'
  | 'resolvedAt'
  | 'resolvedOn'
  | 'closedOn'
  | 'supplementCount'
  | 'pausedDays'
  | 'pausedOn'
  | 'processingDays'
>;

/** The part of the calendar the lifecycle needs (the seed passes a memoised one). */
export type LifecycleCalendar = Pick<WorkingCalendar, 'addWorkingDays' | 'workingDaysBetween'>;

/** Working days in (after, upTo]: the days a pause or a processing span covers. */
function workingDaysAfter(calendar: LifecycleCalendar, after: string, upTo: string): number {
  return upTo <= after ? 0 : calendar.workingDaysBetween(addDays(after, 1), upTo).length;
}

/**
 * The state after moving to `status` at `at`, or a BAD_USER_INPUT error naming `status`.
 * Pure, so the desk's writes and the seed generator follow exactly the same rules:
 * - a supplement pause runs from the day of the request to the day the supplement (or the
 *   end of the dossier) comes; its working days after the request day are added to the due day
 *   (Decision 766: waiting for the applicant does not count against the deadline);
 * - resolving records the resolution instant and day and the working days it took, pauses excluded.
 */
export function applyTransition(
  state: LifecycleState,
  status: DossierStatus,
  at: Date,
  calendar: LifecycleCalendar,
): LifecycleState {
  if (!NEXT_STATUSES[state.status].includes(status)) {
    throw new BadUserInputError(
      `a dossier ${state.status} cannot become ${status}; allowed: ${NEXT_STATUSES[state.status].join(', ') || 'none'}`,
      'status',
    );
  }
  const on = vnDate(at);
  const next: LifecycleState = { ...state, status };
  if (state.status === 'AWAITING_SUPPLEMENT') {
    const paused = workingDaysAfter(calendar, state.pausedOn!, on);
    next.pausedDays = state.pausedDays + paused;
    next.dueOn = calendar.addWorkingDays(state.dueOn, paused);
    next.pausedOn = null;
  }
  switch (status) {
    case 'AWAITING_SUPPLEMENT':
      next.supplementCount = state.supplementCount + 1;
      next.pausedOn = on;
      break;
    case 'RESOLVED':
      next.resolvedAt = at;
      next.resolvedOn = on;
      next.closedOn = on;
      next.processingDays = workingDaysAfter(calendar, state.receivedOn, on) - next.pausedDays;
      break;
    case 'DENIED':
    case 'WITHDRAWN':
      next.closedOn = on;
      break;
    default:
      break;
  }
  return next;
}

/** The state of a dossier just received; `dueOn` comes from the time limit in force that day. */
export function receivedState(receivedOn: string, dueOn: string): LifecycleState {
  return {
    status: 'RECEIVED',
    receivedOn,
    dueOn,
    resolvedAt: null,
    resolvedOn: null,
    closedOn: null,
    supplementCount: 0,
    pausedDays: 0,
    pausedOn: null,
    processingDays: null,
  };
}

/**
 * Decision 766's reading of a resolution: early before the due day, on time on it, late after
 * it or whenever more than one supplement was requested. The rollups apply the same rule (rollups.ts, addContribution).
 */
export function resolutionTiming(
  d: Pick<Dossier, 'resolvedOn' | 'dueOn' | 'supplementCount'>,
): 'EARLY' | 'ON_DUE_DAY' | 'LATE' | null {
  if (d.resolvedOn === null) return null;
  if (d.resolvedOn > d.dueOn || d.supplementCount > 1) return 'LATE';
  return d.resolvedOn < d.dueOn ? 'EARLY' : 'ON_DUE_DAY';
}
