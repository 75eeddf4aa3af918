import type { Lang } from './i18n';

/** What the page shows, all in its address so a view can be bookmarked, shared and printed. */
export interface ViewState {
  unit: string;
  from: string;
  to: string;
  /** The reform plan's "as of" day; the window's last day unless chosen. */
  asOf: string;
  lang: Lang;
}

// The record the project starts from: Gia Lâm's reporting half-year to 31 May 2021.
const DEFAULTS = { unit: '018', from: '2020-12-16', to: '2021-05-31' };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readState(search = location.search): ViewState {
  const params = new URLSearchParams(search);
  const day = (name: string, fallback: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : fallback;
  };
  const from = day('from', DEFAULTS.from);
  const to = day('to', DEFAULTS.to);
  return {
    unit: /^\d{3,5}$/.test(params.get('unit') ?? '') ? params.get('unit')! : DEFAULTS.unit,
    from,
    to,
    asOf: day('asOf', to),
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
  };
}

export function stateQuery(state: ViewState): string {
  const params = new URLSearchParams({ unit: state.unit, from: state.from, to: state.to, asOf: state.asOf });
  if (state.lang !== 'vi') params.set('lang', state.lang);
  return `?${params}`;
}

/** District codes have 3 digits, commune-level units 5. */
export function isCommune(unit: string): boolean {
  return unit.length === 5;
}

/** The window of a named period of a year: month 1-12, quarter 1-4, half 1-2, the year. */
export function periodWindow(
  kind: 'month' | 'quarter' | 'half' | 'year',
  year: number,
  index: number,
): { from: string; to: string } {
  const months = { month: 1, quarter: 3, half: 6, year: 12 }[kind];
  const first = kind === 'year' ? 0 : (index - 1) * months;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { from: iso(new Date(Date.UTC(year, first, 1))), to: iso(new Date(Date.UTC(year, first + months, 0))) };
}
