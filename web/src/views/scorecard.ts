import { ApiError, graphql } from '../api';
import { el } from '../dom';
import { formatInt, type dict, type Lang } from '../i18n';
import { SCORECARD_QUERY } from '../queries';

type Dict = ReturnType<typeof dict>;
interface Scorecard {
  total: number;
  groups: { code: string; name: string; points: number; maximum: number }[];
}

/**
 * The Decision 766 scorecard once the API offers it. Until then the gateway refuses the field
 * as unknown (GRAPHQL_VALIDATION_FAILED) and the panel says it is not available yet; any other
 * error is an error.
 */
export async function scorecardView(lang: Lang, t: Dict, district: string): Promise<HTMLElement> {
  let card: Scorecard | null;
  try {
    const data = await graphql<{ district: { scorecard: Scorecard | null } | null }>(SCORECARD_QUERY, { district });
    card = data.district?.scorecard ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.codes.includes('GRAPHQL_VALIDATION_FAILED')) {
      return el('p', { class: 'unavailable', id: 'scorecard-unavailable' }, t.scorecardUnavailable);
    }
    throw error;
  }
  if (!card) return el('p', {}, t.none);
  return el(
    'table',
    { class: 'compact' },
    el('thead', {}, el('tr', {}, ...[t.group, t.points, t.maximum].map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...card.groups.map((g) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, `${g.code}. ${g.name}`),
          el('td', {}, formatInt(lang, g.points)),
          el('td', {}, formatInt(lang, g.maximum)),
        ),
      ),
      el('tr', {}, el('th', { scope: 'row' }, t.total), el('td', {}, formatInt(lang, card.total)), el('td', {}, '100')),
    ),
  );
}
