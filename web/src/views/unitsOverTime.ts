import { graphql } from '../api';
import { el } from '../dom';
import { formatDate, formatInt, type Lang } from '../i18n';
import { UNITS_OVER_TIME_QUERY } from '../queries';

// The panel's own words, kept here so the shared dictionary does not grow for one panel.
const TEXT = {
  vi: {
    title: 'Đơn vị hành chính qua thời gian',
    timeline: [
      '2021 – 2024: Huyện Gia Lâm và 22 xã, thị trấn',
      '01/01/2025: 22 đơn vị còn 17 (năm cặp hợp nhất, mỗi cặp giữ một mã)',
      '01/07/2025: hết cấp huyện; 4 xã mới (Phù Đổng, Thuận An, Gia Lâm, Bát Tràng) và một phần 2 phường (Long Biên, Phúc Lợi)',
    ],
    asTheyWere: 'Như các đơn vị khi đó',
    ontoToday: 'Quy về đơn vị hiện nay',
    unit: 'Đơn vị (mã@ngày bắt đầu)',
    period: 'Thời kỳ',
    received: 'Tiếp nhận',
    total: 'Tổng',
    now: 'nay',
    before: 'trước 2021',
    estimate: '≈ ước tính: một phần đến qua đơn vị bị chia tách mà tỷ lệ không được công bố.',
  },
  en: {
    title: 'Administrative units over time',
    timeline: [
      '2021 – 2024: Gia Lâm district and its 22 communes and towns',
      '01/01/2025: 22 units become 17 (five pairs merge, each keeping one code)',
      '01/07/2025: the district level ends; 4 new communes (Phù Đổng, Thuận An, Gia Lâm, Bát Tràng) and parts of 2 wards (Long Biên, Phúc Lợi)',
    ],
    asTheyWere: 'As the units were',
    ontoToday: "Onto today's units",
    unit: 'Unit (code@first day)',
    period: 'Period',
    received: 'Received',
    total: 'Total',
    now: 'today',
    before: 'before 2021',
    estimate: '≈ estimate: part of it came through a split whose shares were never published.',
  },
};
type Text = (typeof TEXT)['vi'];

interface Counted {
  received: number;
  rule: string | null;
  rows: {
    unit: { id: string; name: string; validFrom: string | null; validTo: string | null };
    received: { value: number; estimate: boolean };
  }[];
}

export const unitsOverTimeTitle = (lang: Lang) => TEXT[lang].title;

/** The timeline, then the window's dossiers of the area counted as the units were and onto today's. */
export async function unitsOverTimeView(lang: Lang, variables: { area: string; from: string; to: string }) {
  const x = TEXT[lang];
  const data = await graphql<{ asTheyWere: Counted; ontoToday: Counted }>(UNITS_OVER_TIME_QUERY, variables);
  const body = el(
    'div',
    {},
    el('ol', { id: 'units-timeline' }, ...x.timeline.map((line) => el('li', {}, line))),
    countsTable(lang, x, 'units-was', x.asTheyWere, data.asTheyWere),
    countsTable(lang, x, 'units-now', x.ontoToday, data.ontoToday),
    data.ontoToday.rows.some((r) => r.received.estimate) ? el('p', { id: 'units-estimate' }, x.estimate) : null,
  );
  return { body, query: { text: UNITS_OVER_TIME_QUERY, variables } };
}

function countsTable(lang: Lang, x: Text, id: string, caption: string, counted: Counted): HTMLElement {
  const period = (u: Counted['rows'][number]['unit']) =>
    `${u.validFrom ? formatDate(u.validFrom) : x.before} – ${u.validTo ? formatDate(u.validTo) : x.now}`;
  const figure = (f: { value: number; estimate: boolean }) => `${f.estimate ? '≈ ' : ''}${formatInt(lang, f.value)}`;
  return el(
    'table',
    { id, class: 'compact' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...[x.unit, x.period, x.received].map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...counted.rows.map((r) =>
        el(
          'tr',
          { 'data-unit': r.unit.id, 'data-estimate': r.received.estimate ? 'true' : undefined },
          el('th', { scope: 'row' }, `${r.unit.name} (${r.unit.id})`),
          el('td', {}, period(r.unit)),
          el('td', {}, figure(r.received)),
        ),
      ),
    ),
    el(
      'tfoot',
      {},
      el('tr', {}, el('th', { scope: 'row' }, x.total), el('td', {}), el('td', {}, formatInt(lang, counted.received))),
    ),
  );
}
