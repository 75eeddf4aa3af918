import { COLORS, drawChart } from '../charts';
import { el } from '../dom';
import { formatDate, formatInt, formatPercent, type dict, type Lang } from '../i18n';
import { bar, type CsvRows } from './panel';

type Dict = ReturnType<typeof dict>;
export interface ReformPlan {
  title: string;
  taskCount: number;
  progress: { asOf: string; total: number; completed: number; completionRate: number };
  progressByLeadUnit: { leadUnit: string; total: number; completed: number; completionRate: number }[];
  overdueTasks: { code: string; title: string; leadUnit: string; deadline: string }[];
  [month: `m${string}`]: { completed: number };
}

function monthlyChart(lang: Lang, t: Dict, plan: ReformPlan, year: number): HTMLElement {
  const canvas = el('canvas', { id: 'reform-chart', role: 'img', 'aria-label': t.reformChart });
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  queueMicrotask(() =>
    drawChart(canvas, {
      type: 'line',
      data: {
        labels: months.map((m) => `${m}/${year}`),
        datasets: [
          {
            label: t.completed,
            data: months.map((m) => plan[`m${m}`].completed),
            borderColor: COLORS.resolved,
            backgroundColor: COLORS.resolved,
          },
          {
            label: t.planned,
            data: months.map(() => plan.taskCount),
            borderColor: COLORS.plan,
            backgroundColor: COLORS.plan,
            borderDash: [6, 4],
            pointRadius: 0,
          },
        ],
      },
      options: {
        locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
        scales: { y: { beginAtZero: true, suggestedMax: plan.taskCount } },
      },
    }),
  );
  return el('div', { class: 'chart' }, canvas);
}

/** Tasks done against the plan as of a day, the year month by month, by lead unit, and what is overdue. */
export function reformView(lang: Lang, t: Dict, plan: ReformPlan, year: number): HTMLElement {
  const { progress } = plan;
  const headline = el(
    'p',
    { class: 'reform-headline', id: 'reform-headline' },
    el('strong', {}, `${progress.completed}/${progress.total}`),
    ` ${t.tasksDone} (${formatPercent(lang, progress.completionRate)}), ${t.asOf.toLowerCase()} ${formatDate(progress.asOf)}`,
  );
  const byLead = el(
    'table',
    { class: 'compact', id: 'lead-units' },
    el('caption', {}, t.byLeadUnit),
    el(
      'thead',
      {},
      el('tr', {}, ...[t.leadUnit, t.completed, t.planned, '%'].map((h) => el('th', { scope: 'col' }, h))),
    ),
    el(
      'tbody',
      {},
      ...plan.progressByLeadUnit.map((u) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, u.leadUnit),
          el('td', { class: 'with-bar' }, formatInt(lang, u.completed), bar(u.completed, u.total, t.completed)),
          el('td', {}, formatInt(lang, u.total)),
          el('td', {}, formatPercent(lang, u.completionRate)),
        ),
      ),
    ),
  );
  const overdue = el(
    'div',
    {},
    el('h3', {}, `${t.overdueTasks}: ${plan.overdueTasks.length}`),
    plan.overdueTasks.length
      ? el(
          'ul',
          { class: 'tasks' },
          ...plan.overdueTasks.map((task) =>
            el(
              'li',
              {},
              el('strong', {}, task.code),
              ` ${task.title} (${task.leadUnit}; ${t.deadline} ${formatDate(task.deadline)})`,
            ),
          ),
        )
      : el('p', {}, t.none),
  );
  return el(
    'div',
    {},
    el('p', {}, plan.title),
    headline,
    monthlyChart(lang, t, plan, year),
    el('div', { class: 'columns' }, byLead, overdue),
  );
}

export function reformCsv(t: Dict, plan: ReformPlan): CsvRows {
  return [
    [t.leadUnit, t.completed, t.planned, '%'],
    ...plan.progressByLeadUnit.map((u) => [u.leadUnit, u.completed, u.total, u.completionRate]),
  ];
}
