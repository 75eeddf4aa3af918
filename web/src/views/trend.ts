import { COLORS, drawChart } from '../charts';
import { el } from '../dom';
import { formatInt, formatMonth, formatPercent, type dict, type Lang } from '../i18n';
import type { CsvRows } from './panel';

type Dict = ReturnType<typeof dict>;
export interface MonthRow {
  key: { month: string };
  figures: { receivedNew: number; resolved: number; onTimeRate: number | null };
}

/** Received and resolved as bars, the on-time rate as a line on its own 0-100 axis. */
export function trendView(lang: Lang, t: Dict, months: MonthRow[]): HTMLElement {
  const canvas = el('canvas', { id: 'trend-chart', role: 'img', 'aria-label': t.trendChart });
  const wrap = el('div', { class: 'chart' }, canvas);
  queueMicrotask(() =>
    drawChart(canvas, {
      type: 'bar',
      data: {
        labels: months.map((m) => formatMonth(m.key.month)),
        datasets: [
          {
            label: t.received,
            data: months.map((m) => m.figures.receivedNew),
            backgroundColor: COLORS.received,
            yAxisID: 'y',
          },
          {
            label: t.resolved,
            data: months.map((m) => m.figures.resolved),
            backgroundColor: COLORS.resolved,
            yAxisID: 'y',
          },
          {
            type: 'line',
            label: `${t.onTimeRate} (%)`,
            data: months.map((m) => m.figures.onTimeRate),
            borderColor: COLORS.rate,
            backgroundColor: COLORS.rate,
            yAxisID: 'rate',
          },
        ],
      },
      options: {
        locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
        scales: {
          y: { beginAtZero: true },
          rate: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } },
        },
      },
    }),
  );
  const table = el(
    'table',
    { class: 'compact' },
    el('caption', {}, t.trend),
    el(
      'thead',
      {},
      el('tr', {}, ...[t.month, t.received, t.resolved, t.onTimeRate].map((h) => el('th', { scope: 'col' }, h))),
    ),
    el(
      'tbody',
      {},
      ...months.map((m) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, formatMonth(m.key.month)),
          el('td', {}, formatInt(lang, m.figures.receivedNew)),
          el('td', {}, formatInt(lang, m.figures.resolved)),
          el('td', {}, formatPercent(lang, m.figures.onTimeRate)),
        ),
      ),
    ),
  );
  return el('div', {}, wrap, el('details', {}, el('summary', {}, t.trend), table));
}

export function trendCsv(t: Dict, months: MonthRow[]): CsvRows {
  return [
    [t.month, t.received, t.resolved, t.onTimeRate],
    ...months.map((m) => [m.key.month, m.figures.receivedNew, m.figures.resolved, m.figures.onTimeRate]),
  ];
}
