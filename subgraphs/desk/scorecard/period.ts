import { BadUserInputError } from '../../shared/errors';
import { addDays, type DateWindow } from '../../shared/dates';

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

/** A scoring period: a calendar month (2021-05), quarter (2021-Q2) or year (2021), Hà Nội days. */
export interface Period extends DateWindow {
  kind: PeriodKind;
  key: string;
}

const PATTERNS: Record<PeriodKind, RegExp> = {
  MONTH: /^(\d{4})-(0[1-9]|1[0-2])$/,
  QUARTER: /^(\d{4})-Q([1-4])$/,
  YEAR: /^(\d{4})$/,
};

export function parsePeriod(kind: PeriodKind, key: string): Period {
  const pattern = PATTERNS[kind];
  const match = pattern ? pattern.exec(key) : null;
  if (!match) {
    const shape = { MONTH: 'YYYY-MM', QUARTER: 'YYYY-Qn', YEAR: 'YYYY' }[kind] ?? 'MONTH, QUARTER or YEAR';
    throw new BadUserInputError(`period "${key}" is not a ${kind} written ${shape}`, 'period');
  }
  const year = Number(match[1]);
  const [firstMonth, months] =
    kind === 'MONTH' ? [Number(match[2]), 1] : kind === 'QUARTER' ? [3 * Number(match[2]) - 2, 3] : [1, 12];
  const from = `${match[1]}-${String(firstMonth).padStart(2, '0')}-01`;
  const next = new Date(Date.UTC(year, firstMonth - 1 + months, 1)).toISOString().slice(0, 10);
  return { kind, key, from, to: addDays(next, -1) };
}

/** The period of the same kind just before: the one a scorecard's change is measured against. */
export function previousPeriod(period: Period): Period {
  const dayBefore = addDays(period.from, -1);
  const [year, month] = dayBefore.split('-').map(Number);
  const key =
    period.kind === 'MONTH'
      ? dayBefore.slice(0, 7)
      : period.kind === 'QUARTER'
        ? `${year}-Q${Math.ceil(month / 3)}`
        : String(year);
  return parsePeriod(period.kind, key);
}
