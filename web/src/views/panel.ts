import { explorerLink } from '../api';
import { downloadCsv } from '../csv';
import { el } from '../dom';
import type { dict } from '../i18n';

type Dict = ReturnType<typeof dict>;
export type CsvRows = (string | number | null | undefined)[][];

/** The query behind a figure, shown on request, with a link opening it in the explorer. */
export function queryBox(t: Dict, query: string, variables: Record<string, unknown>): HTMLElement {
  return el(
    'details',
    { class: 'query' },
    el('summary', {}, t.showQuery),
    el('pre', {}, el('code', {}, query.trim())),
    el('pre', {}, el('code', {}, JSON.stringify(variables, null, 2))),
    el('a', { href: explorerLink(query, variables) }, t.openExplorer),
  );
}

export function csvButton(t: Dict, fileName: string, rows: () => CsvRows): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'csv', 'data-csv': fileName }, t.csv);
  button.addEventListener('click', () => downloadCsv(fileName, rows()));
  return button;
}

/** A horizontal bar for a table cell: its width is set through the CSSOM (the CSP forbids style attributes). */
export function bar(value: number, max: number, label: string): HTMLElement {
  const fill = el('span', { class: 'bar-fill' });
  fill.style.width = `${max > 0 ? Math.round((value / max) * 100) : 0}%`;
  return el('span', { class: 'bar', 'aria-hidden': 'true', title: label }, fill);
}
