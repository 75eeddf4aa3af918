import { scrape } from '../support/scrapeMetrics';
import { HEADLINE_QUERY } from '../support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';

const FIGURES = 'handled resolved onTimeRate onlineShare averageProcessingDays';
const SECTOR_MONTH = `query SectorMonth($code: String!, $from: Date!, $to: Date!) {
  district(code: $code) { report(from: $from, to: $to) { breakdown(by: [SECTOR, MONTH]) {
    districtLevel { key { sector month } figures { ${FIGURES} } } } } } }`;
const YEAR = { code: '018', from: '2021-01-01', to: '2021-12-31' };

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Whether the answer may skip the gateway's result shaping (one fetch, plain shape, no error). */
  passes: boolean;
  token?: 'integrator';
}

const CASES: Case[] = [
  { name: 'sector x month table', query: SECTOR_MONTH, variables: YEAR, passes: true },
  {
    name: 'aliases',
    query: '{ a: district(code: "018") { c: code n: name } b: district(code: "018") { name } }',
    passes: true,
  },
  {
    // The planner writes `c: code code n: name`: the subgraph's key order is not the gateway's.
    name: 'aliases, one field twice (the fetch reorders it: shaped by the gateway)',
    query: '{ a: district(code: "018") { c: code n: name code } b: district(code: "018") { name } }',
    passes: false,
  },
  {
    name: 'named and inline fragments, fields repeated across them',
    query: `query F { district(code: "018") { ...D code ... on District { provinceCode name } } }
      fragment D on District { name code report(from: "2021-01-01", to: "2021-03-31") { districtLevel { ...L } } }
      fragment L on LevelReport { procedures dossiers { received resolved } }`,
    passes: true,
  },
  {
    name: 'the same field with two selections',
    query: `{ district(code: "018") { report(from: "2021-01-01", to: "2021-03-31") { districtLevel { procedures } } name
      report(from: "2021-01-01", to: "2021-03-31") { districtLevel { dossiers { received } procedures } from } } }`,
    passes: true,
  },
  {
    name: 'literal @skip and @include',
    query:
      '{ district(code: "018") { code name @skip(if: true) provinceCode @include(if: true) x: name @include(if: false) } }',
    passes: true,
  },
  {
    name: '@include by a variable (true)',
    query: 'query ($with: Boolean!) { district(code: "018") { code name @include(if: $with) } }',
    variables: { with: true },
    passes: false,
  },
  {
    name: '@skip by a variable (true)',
    query: 'query ($skip: Boolean! = false) { district(code: "018") { code name @skip(if: $skip) } }',
    variables: { skip: true },
    passes: false,
  },
  {
    name: '__typename, aliased and not, at the root and below',
    query: '{ __typename district(code: "018") { __typename t: __typename code } }',
    passes: false,
  },
  { name: 'null for an unknown district', query: '{ district(code: "999") { code name } }', passes: true },
  { name: 'a list', query: '{ districts { code name provinceCode } }', passes: true },
  {
    name: 'an error from the subgraph (bad scorecard key)',
    query: '{ district(code: "018") { code scorecard(period: MONTH, key: "2021") { key } } }',
    passes: false,
  },
  {
    name: 'variables that do not coerce',
    query: 'query ($code: String!) { district(code: $code) { code } }',
    variables: { code: 18 },
    passes: false,
  },
  { name: 'entity jumps (the headline)', query: HEADLINE_QUERY, passes: false },
  {
    name: 'an entity jump (communes)',
    query: '{ district(code: "018") { code communes { code name } } }',
    passes: false,
  },
  {
    name: 'a page of dossiers for an integrator',
    query: '{ district(code: "018") { dossiers(first: 5) { totalCount edges { node { code status receivedOn } } } } }',
    passes: true,
    token: 'integrator',
  },
];

/** The response with each error's request id taken out (it differs on every request). */
const comparable = (text: string) => text.replace(/"requestId":"[^"]*"/g, '"requestId":"-"');

describe('a single-fetch answer passed through is the gateway shaping of it, byte for byte', () => {
  let supergraph: RunningSupergraph;
  let variant = 0;
  const cacheSetting = process.env.RESPONSE_CACHE;
  beforeAll(async () => {
    // Repeated requests must reach the executor, not the response cache in front of it.
    process.env.RESPONSE_CACHE = 'off';
    supergraph = await startSupergraph();
  });
  afterAll(async () => {
    await supergraph.stop();
    if (cacheSetting === undefined) delete process.env.RESPONSE_CACHE;
    else process.env.RESPONSE_CACHE = cacheSetting;
  });

  const post = async (query: string, variables: Record<string, unknown> | undefined, token?: 'integrator') => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${await tokenFor(token)}`;
    return supergraph.request({ method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  };
  const passedThrough = async () =>
    (await scrape(supergraph.metricsUrls.gateway)).value('onestop_gateway_passed_through_total');

  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    // A document's first request always goes the gateway's way: a comment makes each reference a new document.
    const reference = await post(`${c.query}\n# reference ${++variant}`, c.variables, c.token);
    await post(c.query, c.variables, c.token); // learns the document's route
    const before = await passedThrough();
    const answered = await post(c.query, c.variables, c.token);
    const after = await passedThrough();
    expect(answered.status).toBe(reference.status);
    expect(comparable(answered.text)).toBe(comparable(reference.text));
    expect(after - before).toBe(c.passes ? 1 : 0);
  });

  test('a subgraph that fails after the route is learnt: the same SERVICE_UNAVAILABLE answer', async () => {
    const query = '{ districts { code } }';
    await post(query, undefined);
    await post(query, undefined);
    await supergraph.killSubgraph('district');
    try {
      const reference = await post(`${query}\n# down`, undefined);
      const answered = await post(query, undefined);
      expect(comparable(answered.text)).toBe(comparable(reference.text));
      expect(answered.text).toContain('SERVICE_UNAVAILABLE');
    } finally {
      await supergraph.reviveSubgraph('district');
    }
  });
});
