import { isIsoDate } from '../../shared/dates';
import { UnitPeriod, UnitsInputError } from './types';
import type { UnitModel } from './unitModel';

/** Figures of one unit (code and period) for one day (YYYY-MM-DD) or month (YYYY-MM). */
export interface CountRow {
  readonly unitKey: string;
  readonly period: string;
  readonly figures: Readonly<Record<string, number>>;
}

export type Counting = 'AS_THEY_WERE' | 'ONTO_TODAY' | 'AREA_THAT_WAS';

/** A figure and whether it rests on an apportioned split. */
export interface Figure {
  readonly value: number;
  readonly estimate: boolean;
}

export interface CountedRow {
  readonly unit: UnitPeriod;
  readonly period: string;
  readonly figures: Record<string, Figure>;
}

export interface CountAnswer {
  /** Named in every answer, so no figure is read without knowing how it was counted. */
  readonly counting: Counting;
  /** The apportionment rule, when one was needed. */
  readonly rule: string | null;
  readonly rows: CountedRow[];
}

/** First and last day of a period given as a day or a month. */
export function periodDays(period: string): { first: string; last: string } {
  if (isIsoDate(period)) return { first: period, last: period };
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || +m[2] < 1 || +m[2] > 12)
    throw new UnitsInputError(`period "${period}" is neither a day (YYYY-MM-DD) nor a month (YYYY-MM)`);
  const lastDay = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
  return { first: `${period}-01`, last: `${period}-${String(lastDay).padStart(2, '0')}` };
}

/** Refuses a row whose unit did not exist for its whole period, or whose figures are not counts. */
export function checkRow(model: UnitModel, row: CountRow): UnitPeriod {
  const unit = model.unit(row.unitKey);
  const { first, last } = periodDays(row.period);
  if ((unit.validFrom !== null && first < unit.validFrom) || (unit.validTo !== null && last > unit.validTo)) {
    throw new UnitsInputError(`${unit.key} (${unit.name}) was not in force throughout ${row.period}`);
  }
  for (const [name, value] of Object.entries(row.figures)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new UnitsInputError(`figure ${name} of ${unit.key} in ${row.period} is not a count: ${value}`);
  }
  return unit;
}

export function byPeriodThenCode(a: CountedRow, b: CountedRow): number {
  return (
    a.period.localeCompare(b.period) || a.unit.code.localeCompare(b.unit.code) || a.unit.key.localeCompare(b.unit.key)
  );
}

/** Each row counted where it was filed: one row per historical unit and period, nothing estimated. */
export function countAsTheyWere(model: UnitModel, rows: readonly CountRow[]): CountAnswer {
  const grouped = new Map<string, CountedRow>();
  for (const row of rows) {
    const unit = checkRow(model, row);
    const id = `${row.period}|${unit.key}`;
    const counted = grouped.get(id) ?? { unit, period: row.period, figures: {} };
    for (const [name, value] of Object.entries(row.figures)) {
      counted.figures[name] = { value: (counted.figures[name]?.value ?? 0) + value, estimate: false };
    }
    grouped.set(id, counted);
  }
  return { counting: 'AS_THEY_WERE', rule: null, rows: [...grouped.values()].sort(byPeriodThenCode) };
}
