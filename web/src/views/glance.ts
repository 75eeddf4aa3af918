import { el } from '../dom';
import { formatInt, formatPercent, type dict, type Lang } from '../i18n';
import type { CsvRows } from './panel';

type Dict = ReturnType<typeof dict>;

export interface Dossiers {
  received: number;
  resolved: number;
  resolvedOnTime: number;
  inProgress: number;
  onTimeRate: number | null;
}
export interface LevelFigures {
  procedures?: number;
  simplifiedProcedures?: number;
  dossiers: Dossiers;
  inProgressOverdue: number | null;
  onlineShare: number | null;
}
export interface Column {
  label: string;
  figures: LevelFigures | null;
}

type Row = { key: string; label: string; value: (f: LevelFigures) => number | null | undefined; percent?: boolean };

function rows(t: Dict): Row[] {
  return [
    { key: 'received', label: t.received, value: (f) => f.dossiers.received },
    { key: 'resolved', label: t.resolved, value: (f) => f.dossiers.resolved },
    { key: 'resolvedOnTime', label: t.resolvedOnTime, value: (f) => f.dossiers.resolvedOnTime },
    { key: 'onTimeRate', label: t.onTimeRate, value: (f) => f.dossiers.onTimeRate, percent: true },
    { key: 'inProgress', label: t.inProgress, value: (f) => f.dossiers.inProgress },
    { key: 'overdue', label: t.overdue, value: (f) => f.inProgressOverdue },
    { key: 'onlineShare', label: t.onlineShare, value: (f) => f.onlineShare, percent: true },
    { key: 'procedures', label: t.procedures, value: (f) => f.procedures },
    { key: 'simplified', label: t.simplified, value: (f) => f.simplifiedProcedures },
  ];
}

/** The headline cards (the last column's figures) and the levels side by side. */
export function glanceView(lang: Lang, t: Dict, columns: Column[]): HTMLElement {
  const main = columns[columns.length - 1].figures;
  const format = (row: Row, f: LevelFigures | null) => {
    const value = f ? row.value(f) : null;
    return row.percent ? formatPercent(lang, value) : formatInt(lang, value);
  };
  const cards = el(
    'ul',
    { class: 'cards' },
    ...rows(t)
      .slice(0, 7)
      .filter((r) => r.key !== 'resolvedOnTime')
      .map((row) =>
        el(
          'li',
          { class: 'card', id: `card-${row.key}` },
          el('span', { class: 'card-label' }, row.label),
          el('strong', { class: 'card-value' }, format(row, main)),
        ),
      ),
  );
  const table = el(
    'table',
    { class: 'levels', id: 'levels' },
    el('caption', { class: 'visually-hidden' }, t.glance),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, t.figure), ...columns.map((c) => el('th', { scope: 'col' }, c.label))),
    ),
    el(
      'tbody',
      {},
      ...rows(t)
        .filter((row) => columns.some((c) => c.figures && row.value(c.figures) !== undefined))
        .map((row) =>
          el(
            'tr',
            { 'data-figure': row.key },
            el('th', { scope: 'row' }, row.label),
            ...columns.map((c) => el('td', {}, format(row, c.figures))),
          ),
        ),
    ),
  );
  return el('div', {}, cards, table);
}

export function glanceCsv(t: Dict, columns: Column[]): CsvRows {
  return [
    [t.figure, ...columns.map((c) => c.label)],
    ...rows(t)
      .filter((row) => columns.some((c) => c.figures && row.value(c.figures) !== undefined))
      .map((row) => [row.label, ...columns.map((c) => (c.figures ? row.value(c.figures) : null))]),
  ];
}
