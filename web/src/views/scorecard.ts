import { graphql } from '../api';
import { el } from '../dom';
import { type dict, type Lang } from '../i18n';
import { SCORECARD_QUERY } from '../queries';

type Dict = ReturnType<typeof dict>;
interface Scorecard {
  key: string;
  version: string;
  points: number;
  maximum: number;
  pointsChange: number;
  groups: { code: string; nameVi: string; nameEn: string; points: number; maximum: number }[];
}

/** The last quarter that ended on or before `to` (YYYY-MM-DD): 2021-05-31 gives 2021-Q1. */
export function completeQuarter(to: string): string {
  const [year, month, day] = to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const ends = month % 3 === 0 && day === lastDay;
  const quarter = Math.ceil(month / 3) - (ends ? 0 : 1);
  return quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
}

const points = (lang: Lang, n: number) =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(n);

/**
 * The district's Decision 766 scorecard (both levels pooled) for the last complete quarter of
 * the window: each group's points and the total out of 100.
 */
export async function scorecardView(lang: Lang, t: Dict, district: string, to: string): Promise<HTMLElement> {
  const quarter = completeQuarter(to);
  const data = await graphql<{ district: { scorecard: { total: Scorecard | null } } | null }>(SCORECARD_QUERY, {
    district,
    quarter,
  });
  const card = data.district?.scorecard.total ?? null;
  if (!card) return el('p', {}, t.none);
  return el(
    'table',
    { class: 'compact', id: 'scorecard-table' },
    el('caption', {}, `${card.key} · ${card.version}`),
    el('thead', {}, el('tr', {}, ...[t.group, t.points, t.maximum].map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...card.groups.map((g) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, `${g.code}. ${lang === 'vi' ? g.nameVi : g.nameEn}`),
          el('td', {}, points(lang, g.points)),
          el('td', {}, points(lang, g.maximum)),
        ),
      ),
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, t.total),
        el('td', { id: 'scorecard-total' }, points(lang, card.points)),
        el('td', {}, points(lang, card.maximum)),
      ),
    ),
  );
}
