import './style.css';
import { graphql, saveToken, savedToken } from './api';
import { el, replace } from './dom';
import { dict, formatDate, type Lang } from './i18n';
import { COMMUNE_QUERY, COMMUNE_REPORT_QUERY, REPORT_QUERY, TREND_QUERY, UNITS_QUERY, reformQuery } from './queries';
import { isCommune, readState, stateQuery, type ViewState } from './state';
import { communesCsv, communesView, type CommuneRow } from './views/communes';
import { controlsView, type UnitTree } from './views/controls';
import { glanceCsv, glanceView, type Column } from './views/glance';
import { csvButton, queryBox, type CsvRows } from './views/panel';
import { reformCsv, reformView, type ReformPlan } from './views/reform';
import { scorecardView } from './views/scorecard';
import { trendCsv, trendView, type MonthRow } from './views/trend';
import { unitsOverTimeTitle, unitsOverTimeView } from './views/unitsOverTime';

type Dict = ReturnType<typeof dict>;
interface Unit {
  code: string;
  name: string;
  district: string;
}
interface Content {
  body: HTMLElement;
  csv?: { file: string; rows: () => CsvRows };
  query?: { text: string; variables: Record<string, unknown> };
}

const app = document.getElementById('app')!;
let units: UnitTree[] | undefined;
// Panels asking the same question in one rendering share one request.
const asked = new Map<string, Promise<any>>();
function ask(query: string, variables: Record<string, unknown>): Promise<any> {
  const key = JSON.stringify([query, variables]);
  if (!asked.has(key)) asked.set(key, graphql<any>(query, variables));
  return asked.get(key)!;
}

/** A section that shows "loading", then its content with its CSV and query, or what went wrong. */
function panel(t: Dict, id: string, title: string, load: () => Promise<Content>): HTMLElement {
  const body = el('div', { class: 'panel-body', 'aria-busy': 'true' }, t.loading);
  const tools = el('div', { class: 'tools' });
  const section = el(
    'section',
    { id, class: 'panel', 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title` }, title),
    body,
    tools,
  );
  load().then(
    (content) => {
      replace(body, content.body);
      replace(
        tools,
        content.csv ? csvButton(t, content.csv.file, content.csv.rows) : null,
        content.query ? queryBox(t, content.query.text, content.query.variables) : null,
      );
      body.setAttribute('aria-busy', 'false');
      section.dataset.state = 'ready';
    },
    (error: Error) => {
      replace(body, el('p', { class: 'error', role: 'alert' }, `${t.failed}: ${error.message}`));
      body.setAttribute('aria-busy', 'false');
      section.dataset.state = 'failed';
    },
  );
  return section;
}

async function resolveUnit(code: string): Promise<Unit> {
  if (!isCommune(code)) {
    const district = units?.find((d) => d.code === code);
    return { code, name: district?.name ?? code, district: code };
  }
  const data = await graphql<{ commune: { code: string; name: string; districtCode: string } | null }>(COMMUNE_QUERY, {
    code,
  });
  if (!data.commune) throw new Error(code);
  return { code, name: data.commune.name, district: data.commune.districtCode };
}

async function glanceContent(lang: Lang, t: Dict, state: ViewState, unit: Unit): Promise<Content> {
  const window = { from: state.from, to: state.to };
  let columns: Column[];
  let query: Content['query'];
  if (isCommune(unit.code)) {
    const variables = { district: unit.district, ...window, units: [unit.code] };
    const data = await graphql<any>(COMMUNE_REPORT_QUERY, variables);
    const report = data.district.report;
    const row = report.byCommune.find((r: CommuneRow) => r.commune.code === unit.code);
    const extra = report.breakdown.communeLevel?.[0]?.figures ?? { inProgressOverdue: 0, onlineShare: null };
    columns = [{ label: unit.name, figures: row ? { dossiers: row.dossiers, ...extra } : null }];
    query = { text: COMMUNE_REPORT_QUERY, variables };
  } else {
    const variables = { district: unit.code, ...window };
    const data = await ask(REPORT_QUERY, variables);
    const { report } = data.district;
    const level = (name: 'districtLevel' | 'communeLevel' | 'total') =>
      report[name]
        ? { ...report[name], ...(report.breakdown[name]?.[0]?.figures ?? { inProgressOverdue: 0, onlineShare: null }) }
        : null;
    columns = [
      { label: t.districtLevel, figures: level('districtLevel') },
      { label: t.communeLevel, figures: level('communeLevel') },
      { label: t.total, figures: level('total') },
    ];
    query = { text: REPORT_QUERY, variables };
  }
  return {
    body: glanceView(lang, t, columns),
    csv: { file: `so-lieu-${unit.code}-${state.from}-${state.to}.csv`, rows: () => glanceCsv(t, columns) },
    query,
  };
}

async function trendContent(lang: Lang, t: Dict, state: ViewState, unit: Unit): Promise<Content> {
  const variables = {
    district: unit.district,
    from: state.from,
    to: state.to,
    units: isCommune(unit.code) ? [unit.code] : null,
  };
  const data = await graphql<any>(TREND_QUERY, variables);
  const months: MonthRow[] = data.district.report.breakdown.total ?? [];
  return {
    body: trendView(lang, t, months),
    csv: { file: `theo-thang-${unit.code}-${state.from}-${state.to}.csv`, rows: () => trendCsv(t, months) },
    query: { text: TREND_QUERY, variables },
  };
}

async function communesContent(lang: Lang, t: Dict, state: ViewState, unit: Unit): Promise<Content> {
  const variables = { district: unit.district, from: state.from, to: state.to };
  const data = await ask(REPORT_QUERY, variables);
  const rows: CommuneRow[] = data.district.report.byCommune ?? [];
  return {
    body: communesView(lang, t, state, rows),
    csv: { file: `xa-thi-tran-${unit.district}-${state.from}-${state.to}.csv`, rows: () => communesCsv(t, rows) },
    query: { text: REPORT_QUERY, variables },
  };
}

async function reformContent(lang: Lang, t: Dict, state: ViewState, unit: Unit): Promise<Content> {
  const year = Number(state.asOf.slice(0, 4));
  const text = reformQuery(year);
  const variables = { district: unit.district, year, asOf: state.asOf };
  const data = await graphql<{ district: { reformPlan: ReformPlan | null } | null }>(text, variables);
  const plan = data.district?.reformPlan;
  if (!plan) return { body: el('p', {}, t.noPlan), query: { text, variables } };
  return {
    body: reformView(lang, t, plan, year),
    csv: { file: `cai-cach-${unit.district}-${state.asOf}.csv`, rows: () => reformCsv(t, plan) },
    query: { text, variables },
  };
}

function header(t: Dict, state: ViewState): HTMLElement {
  const langButton = el(
    'button',
    { type: 'button', id: 'lang', lang: state.lang === 'vi' ? 'en' : 'vi', 'aria-label': t.langSwitchLabel },
    t.langSwitch,
  );
  langButton.addEventListener('click', () => navigate({ ...state, lang: state.lang === 'vi' ? 'en' : 'vi' }));
  const token = el('input', {
    id: 'token',
    type: 'password',
    autocomplete: 'off',
    value: savedToken(),
    'aria-describedby': 'token-hint',
  });
  token.addEventListener('change', () => {
    saveToken(token.value);
    navigate(state);
  });
  return el(
    'header',
    { class: 'top' },
    el('a', { class: 'skip', href: '#main' }, t.skip),
    el('h1', {}, t.title),
    el(
      'nav',
      {},
      el('a', { href: `/print${stateQuery(state)}`, id: 'print-link' }, t.print),
      el('a', { href: '/explorer' }, t.explorer),
      langButton,
    ),
    el(
      'details',
      { class: 'token' },
      el('summary', {}, t.token),
      el('label', { for: 'token' }, t.token),
      token,
      el('small', { id: 'token-hint' }, t.tokenHelp),
    ),
  );
}

async function render(state: ViewState): Promise<void> {
  asked.clear();
  const t = dict(state.lang);
  document.documentElement.lang = state.lang;
  document.title = t.title;
  units ??= (await graphql<{ districts: UnitTree[] }>(UNITS_QUERY)).districts;
  const unit = await resolveUnit(state.unit);
  const lang = state.lang;
  const period = `${unit.name} · ${formatDate(state.from)} – ${formatDate(state.to)}`;
  const main = el(
    'main',
    { id: 'main', tabindex: '-1' },
    el('p', { class: 'subject', id: 'subject' }, period),
    panel(t, 'glance', t.glance, () => glanceContent(lang, t, state, unit)),
    panel(t, 'trend', t.trend, () => trendContent(lang, t, state, unit)),
    isCommune(unit.code) ? null : panel(t, 'communes', t.communes, () => communesContent(lang, t, state, unit)),
    panel(t, 'reform', `${t.reform} ${state.asOf.slice(0, 4)}`, () => reformContent(lang, t, state, unit)),
    panel(t, 'scorecard', t.scorecard, async () => ({ body: await scorecardView(lang, t, unit.district, state.to) })),
    isCommune(unit.code)
      ? null
      : panel(t, 'units-over-time', unitsOverTimeTitle(lang), () =>
          unitsOverTimeView(lang, { area: unit.district, from: state.from, to: state.to }),
        ),
  );
  replace(
    app,
    header(t, state),
    controlsView(t, units, state, (next) => navigate({ ...state, ...next })),
    main,
  );
}

function navigate(state: ViewState): void {
  history.pushState(null, '', stateQuery(state));
  show();
}

function show(): void {
  const state = readState();
  render(state).catch((error: Error) =>
    replace(app, el('p', { class: 'error', role: 'alert' }, `${dict(state.lang).failed}: ${error.message}`)),
  );
}

window.addEventListener('popstate', show);
show();
