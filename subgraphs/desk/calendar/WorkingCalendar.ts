import { addDays, weekday } from '../../shared/dates';

export type CalendarDayKind = 'HOLIDAY' | 'WORKING';

/** A day that departs from the Monday-to-Friday rule: a public holiday, or a weekend day worked in exchange. */
export interface CalendarException {
  date: string;
  kind: CalendarDayKind;
}

/**
 * Vietnamese working days: Monday to Friday, less public holidays and official days off,
 * plus the weekend days declared working days in exchange. The exceptions come from the
 * `holiday` table so that a year's announced schedule is data, not code.
 */
export class WorkingCalendar {
  private readonly exceptions: Map<string, CalendarDayKind>;

  constructor(exceptions: Iterable<CalendarException>) {
    this.exceptions = new Map();
    for (const e of exceptions) this.exceptions.set(e.date, e.kind);
  }

  isWorkingDay(date: string): boolean {
    const kind = this.exceptions.get(date);
    if (kind) return kind === 'WORKING';
    const day = weekday(date);
    return day !== 0 && day !== 6;
  }

  /** The first working day on or after `date`. */
  nextWorkingDay(date: string): string {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /**
   * The due date of a dossier received on `date` with a time limit of `days` working days:
   * the `days`-th working day after the receipt day. A limit of 0 (same-day procedures) is due
   * on the receipt day, or the next working day when received on a day off.
   */
  addWorkingDays(date: string, days: number): string {
    if (!Number.isInteger(days) || days < 0)
      throw new RangeError(`time limit must be a whole number of days >= 0, got ${days}`);
    if (days === 0) return this.nextWorkingDay(date);
    let d = date;
    for (let left = days; left > 0;) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /** The working days from `from` to `to`, both inclusive. */
  workingDaysBetween(from: string, to: string): string[] {
    const days: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) days.push(d);
    return days;
  }
}
