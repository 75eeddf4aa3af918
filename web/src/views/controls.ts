import { el } from '../dom';
import { formatDate, parseDate, type dict } from '../i18n';
import { matches } from '../search';
import { periodWindow, type ViewState } from '../state';

type Dict = ReturnType<typeof dict>;
export interface UnitTree {
  code: string;
  name: string;
  communes: { code: string; name: string }[] | null;
}
type PeriodKind = 'custom' | 'month' | 'quarter' | 'half' | 'year';
const PERIOD_COUNTS: Record<Exclude<PeriodKind, 'custom'>, number> = { month: 12, quarter: 4, half: 2, year: 1 };

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label),
    control,
    hint ? el('small', { id: `${id}-hint` }, hint) : null,
  );
}

/** The unit list narrowed by a search that ignores diacritics ("bat trang" finds Bát Tràng). */
function unitPicker(units: UnitTree[], selected: string): { search: HTMLInputElement; select: HTMLSelectElement } {
  const search = el('input', { id: 'unit-search', type: 'search', autocomplete: 'off', 'aria-controls': 'unit' });
  const select = el('select', { id: 'unit', name: 'unit' });
  const fill = () => {
    const query = search.value;
    const current = select.value || selected;
    select.replaceChildren(
      ...units.map((d) => {
        const options = [d, ...(d.communes ?? [])].filter(
          (u) => !query || matches(u.name, query) || u.code.includes(query.trim()),
        );
        return el(
          'optgroup',
          { label: d.name },
          ...options.map((u) => el('option', { value: u.code, selected: u.code === current }, u.name)),
        );
      }),
    );
    if (!select.value && select.options.length) select.selectedIndex = 0;
  };
  search.addEventListener('input', fill);
  fill();
  return { search, select };
}

/** The form choosing the unit, the period and the reform plan's day; submit shows them. */
export function controlsView(
  t: Dict,
  units: UnitTree[],
  state: ViewState,
  onSubmit: (next: Partial<ViewState>) => void,
): HTMLFormElement {
  const { search, select } = unitPicker(units, state.unit);
  const kind = el(
    'select',
    { id: 'period-kind' },
    ...(Object.keys(t.periodKinds) as PeriodKind[]).map((k) => el('option', { value: k }, t.periodKinds[k])),
  );
  const year = el('input', {
    id: 'period-year',
    type: 'number',
    min: '2000',
    max: '2100',
    value: state.to.slice(0, 4),
    inputmode: 'numeric',
  });
  const index = el('select', { id: 'period-index' });
  const date = (id: string, value: string) =>
    el('input', {
      id,
      name: id,
      type: 'text',
      inputmode: 'numeric',
      placeholder: t.datePlaceholder,
      value: formatDate(value),
      'aria-describedby': 'form-error',
    });
  const from = date('from', state.from);
  const to = date('to', state.to);
  const asOf = date('asOf', state.asOf);
  const error = el('p', { id: 'form-error', class: 'error', role: 'alert' });

  const fillIndex = () => {
    const k = kind.value as PeriodKind;
    const count = k === 'custom' ? 0 : PERIOD_COUNTS[k];
    index.replaceChildren(
      ...Array.from({ length: count }, (_, i) => el('option', { value: String(i + 1) }, String(i + 1))),
    );
    index.disabled = count <= 1;
    year.disabled = k === 'custom';
  };
  const applyPeriod = () => {
    const k = kind.value as PeriodKind;
    if (k === 'custom') return;
    const window = periodWindow(k, Number(year.value), Number(index.value || 1));
    from.value = formatDate(window.from);
    to.value = formatDate(window.to);
    asOf.value = formatDate(window.to);
  };
  kind.addEventListener('change', () => (fillIndex(), applyPeriod()));
  year.addEventListener('change', applyPeriod);
  index.addEventListener('change', applyPeriod);
  fillIndex();

  const form = el(
    'form',
    { id: 'controls', class: 'controls', novalidate: true },
    el(
      'fieldset',
      {},
      el('legend', {}, t.unit),
      field('unit-search', t.unitSearch, search),
      field('unit', t.unit, select),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, t.period),
      field('period-kind', t.period, kind),
      field('period-year', t.year, year),
      field('period-index', t.periodIndex, index),
      field('from', t.from, from),
      field('to', t.to, to),
    ),
    el('fieldset', {}, el('legend', {}, t.reform), field('asOf', t.asOf, asOf)),
    el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'show' }, t.show), error),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [f, tt, a] = [parseDate(from.value), parseDate(to.value), parseDate(asOf.value)];
    if (!f || !tt || !a || f > tt || !select.value) {
      error.textContent = t.badDate;
      return;
    }
    error.textContent = '';
    onSubmit({ unit: select.value, from: f, to: tt, asOf: a });
  });
  return form;
}
