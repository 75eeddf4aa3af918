import 'graphiql/style.css';
import './explorer.css';
import { GraphiQL } from 'graphiql';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { saveToken, savedToken } from './api';
import { labelEditors } from './explorerA11y';
import { COMMUNE_REPORT_QUERY, REPORT_QUERY, TREND_QUERY, reformQuery } from './queries';

/** The README's documented queries, one tab each, ready to run against the seeded record. */
const HEADLINE = `query Headline {
  district(code: "018") {
    code name
    communes { code name }
    report(from: "2020-12-16", to: "2021-05-31") {
      districtLevel { ...Level }
      communeLevel { ...Level }
      total { ...Level }
      byCommune { commune { code name } dossiers { ...Dossiers } }
    }
    reformPlan(year: 2021) {
      taskCount
      progress(asOf: "2021-06-10") { total completed completionRate }
      directiveCount(from: "2021-01-01", to: "2021-06-30")
    }
  }
}
fragment Level on LevelReport { procedures simplifiedProcedures dossiers { ...Dossiers } }
fragment Dossiers on DossierStats { received resolved resolvedOnTime inProgress onTimeRate }
`;
const BREAKDOWN = `{ district(code: "018") { report(from: "2021-07-01", to: "2021-09-30") { breakdown(by: [LEVEL]) {
  total { key { level } figures { handled resolvedEarly resolvedOnDueDay resolvedLate inProgressOverdue
    denied withdrawn onTimeRate onTimeRate766 onlineShare averageProcessingDays } } } } } }
`;
const window = { district: '018', from: '2020-12-16', to: '2021-05-31' };
const json = (value: unknown) => JSON.stringify(value, null, 2);
const DOCUMENTED = [
  { query: HEADLINE },
  { query: BREAKDOWN },
  { query: REPORT_QUERY.trim(), variables: json(window) },
  { query: TREND_QUERY.trim(), variables: json({ ...window, units: null }) },
  { query: COMMUNE_REPORT_QUERY.trim(), variables: json({ ...window, units: ['00583'] }) },
  { query: reformQuery(2021).trim(), variables: json({ district: '018', year: 2021, asOf: '2021-06-10' }) },
];

/** Queries go to the gateway as any client's do, with the pasted token if there is one. */
async function fetcher(params: unknown): Promise<unknown> {
  const token = savedToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

function TokenBar() {
  const [token, setToken] = useState(savedToken());
  return createElement(
    'form',
    { className: 'token-bar', onSubmit: (e: Event) => e.preventDefault() },
    createElement('a', { href: '/' }, '← Bảng số liệu / Dashboard'),
    createElement('label', { htmlFor: 'token' }, 'Bearer token'),
    createElement('input', {
      id: 'token',
      type: 'password',
      autoComplete: 'off',
      value: token,
      placeholder: 'eyJ…',
      onChange: (e: { target: HTMLInputElement }) => {
        setToken(e.target.value);
        saveToken(e.target.value);
      },
    }),
  );
}

// A link from the dashboard ("open in the explorer") brings its query and variables in the address.
const params = new URLSearchParams(location.search);
const linked = params.get('query');
const root = document.getElementById('explorer')!;
labelEditors(root);
createRoot(root).render(
  createElement(
    'div',
    { className: 'explorer-page' },
    createElement(TokenBar),
    createElement(GraphiQL, {
      fetcher: fetcher as any,
      defaultTabs: linked
        ? [{ query: linked, variables: params.get('variables') ?? undefined }, ...DOCUMENTED]
        : DOCUMENTED,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: false,
      forcedTheme: 'light',
    }),
  ),
);
