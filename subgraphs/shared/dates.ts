import { BadUserInputError } from './errors';
import { checkWindowBounds } from './statisticsBounds';

/** Vietnam has no daylight saving: local time is always UTC+7. */
const VN_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so 2021-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * A `Date` scalar value (graphql-scalars gives a Date at UTC midnight) or a string from an
 * entity representation, as YYYY-MM-DD.
 */
export function toIsoDate(value: Date | string, argument = 'date'): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new BadUserInputError(`${argument} is not a valid date`, argument);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new BadUserInputError(`${argument} must be a date written YYYY-MM-DD`, argument);
  }
  return value;
}

/** The calendar day (YYYY-MM-DD) on which an instant falls in Hà Nội, whatever the server's time zone. */
export function vnDate(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Hà Nội calendar day starts at a given local time (hours and minutes past midnight). */
export function vnInstant(date: string, minutesOfDay = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - VN_OFFSET_MS + minutesOfDay * 60000);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of a date's month. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The first day of the month after a date's (the 28th plus four days is always in the next month). */
export function firstOfNextMonth(date: string): string {
  return firstOfMonth(addDays(`${date.slice(0, 7)}-28`, 4));
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Every date from `from` to `to`, both inclusive. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** A window of Hà Nội calendar days, both ends inclusive. */
export interface DateWindow {
  from: string;
  to: string;
}

/**
 * Validates a window given as scalar values: both real dates inside the days a window may name,
 * no longer than the longest window (statisticsBounds.ts), `from` not after `to`.
 */
export function dateWindow(from: Date | string, to: Date | string): DateWindow {
  const window = { from: toIsoDate(from, 'from'), to: toIsoDate(to, 'to') };
  checkWindowBounds(window.from, window.to);
  if (window.from > window.to) {
    throw new BadUserInputError(`from (${window.from}) is after to (${window.to}); a window needs from <= to`, 'from');
  }
  return window;
}

export function windowKey(window: DateWindow): string {
  return `${window.from}..${window.to}`;
}
