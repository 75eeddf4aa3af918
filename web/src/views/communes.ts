import { el } from '../dom';
import { formatInt, formatPercent, type dict, type Lang } from '../i18n';
import { stateQuery, type ViewState } from '../state';
import { bar, type CsvRows } from './panel';

type Dict = ReturnType<typeof dict>;
export interface CommuneRow {
  commune: { code: string; name: string };
  dossiers: {
    received: number;
    resolved: number;
    resolvedOnTime: number;
    inProgress: number;
    onTimeRate: number | null;
  };
}
type SortKey = 'code' | 'name' | 'received' | 'resolved' | 'inProgress' | 'onTimeRate';

/** A sortable table with bars; each name opens that commune's own view for the same window. */
export function communesView(lang: Lang, t: Dict, state: ViewState, rows: CommuneRow[]): HTMLElement {
  const columns: { key: SortKey; label: string; numeric: boolean }[] = [
    { key: 'code', label: t.code, numeric: false },
    { key: 'name', label: t.unit, numeric: false },
    { key: 'received', label: t.received, numeric: true },
    { key: 'resolved', label: t.resolved, numeric: true },
    { key: 'inProgress', label: t.inProgress, numeric: true },
    { key: 'onTimeRate', label: t.onTimeRate, numeric: true },
  ];
  let sort: { key: SortKey; descending: boolean } = { key: 'code', descending: false };
  const value = (row: CommuneRow, key: SortKey) =>
    key === 'code' || key === 'name' ? row.commune[key] : (row.dossiers[key] ?? -1);
  const maxReceived = Math.max(0, ...rows.map((r) => r.dossiers.received));
  const tbody = el('tbody');
  const headRow = el('tr');

  const render = () => {
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [value(a, sort.key), value(b, sort.key)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
      return sort.descending ? -order : order;
    });
    tbody.replaceChildren(
      ...sorted.map((r) =>
        el(
          'tr',
          { 'data-code': r.commune.code },
          el('td', {}, r.commune.code),
          el('th', { scope: 'row' }, el('a', { href: stateQuery({ ...state, unit: r.commune.code }) }, r.commune.name)),
          el(
            'td',
            { class: 'with-bar' },
            formatInt(lang, r.dossiers.received),
            bar(r.dossiers.received, maxReceived, t.received),
          ),
          el('td', {}, formatInt(lang, r.dossiers.resolved)),
          el('td', {}, formatInt(lang, r.dossiers.inProgress)),
          el('td', {}, formatPercent(lang, r.dossiers.onTimeRate)),
        ),
      ),
    );
    headRow.replaceChildren(
      ...columns.map((c) => {
        const active = sort.key === c.key;
        const button = el(
          'button',
          { type: 'button', class: 'sort' },
          c.label,
          active ? (sort.descending ? ' ▼' : ' ▲') : '',
        );
        button.addEventListener('click', () => {
          sort = { key: c.key, descending: active ? !sort.descending : c.numeric };
          render();
          (headRow.children[columns.indexOf(c)].querySelector('button') as HTMLButtonElement).focus();
        });
        return el(
          'th',
          { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' },
          button,
        );
      }),
    );
  };
  render();
  return el(
    'table',
    { class: 'communes', id: 'communes-table' },
    el('caption', {}, `${t.communes}: ${rows.length} ${t.units}`),
    el('thead', {}, headRow),
    tbody,
  );
}

export function communesCsv(t: Dict, rows: CommuneRow[]): CsvRows {
  return [
    [t.code, t.unit, t.received, t.resolved, t.resolvedOnTime, t.inProgress, t.onTimeRate],
    ...rows.map((r) => [
      r.commune.code,
      r.commune.name,
      r.dossiers.received,
      r.dossiers.resolved,
      r.dossiers.resolvedOnTime,
      r.dossiers.inProgress,
      r.dossiers.onTimeRate,
    ]),
  ];
}
