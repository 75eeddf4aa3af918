import type { SubgraphName } from '../../subgraphs/shared/config';
import { HEADLINE_QUERY } from '../support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { expiredToken, forgedToken, tokenFor, unsignedToken } from '../support/tokens';

/**
 * Hostile and broken requests through the gateway. Each one gets a 4xx or a GraphQL error with
 * a catalogue code, the gateway keeps serving, the stored rows do not change, and (checked by
 * startSupergraph's stop) no response carries an internal URL, SQL or a stack trace.
 */
interface Case {
  name: string;
  request: () => Promise<RequestInit & { path?: string }>;
  status: number;
  code: string;
}

const json =
  (body: unknown, headers: Record<string, string> = {}) =>
  async () => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const gql = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  json({ query, variables }, headers);
const as = (token: () => Promise<string> | string, query: string) => async () =>
  gql(query, undefined, { authorization: `Bearer ${await token()}` })();

const REPORT =
  'query ($from: Date!, $to: Date!) { district(code: "018") { report(from: $from, to: $to) { districtLevel { procedures } } } }';
const report = (from: unknown, to: unknown = '2021-05-31') => gql(REPORT, { from, to });
const PROCEDURES = 'query ($first: Int) { districtProcedures(first: $first) { totalCount } }';
const START = (code: string) => `mutation { startReformTask(code: ${JSON.stringify(code)}, version: 1) { code } }`;
const nested = (levels: number) =>
  `{ reformTask(code: "CCHC-2021-01") { ${'directives { tasks { '.repeat(levels)}code${' } }'.repeat(levels)} } }`;
const SQL_INJECTIONS = [
  "018' OR '1'='1",
  "'; DROP TABLE dossier; --",
  '" UNION SELECT name FROM sqlite_master --',
  '1; DELETE FROM procedure',
];

const CASES: Case[] = [
  // The HTTP request itself
  { name: 'malformed JSON', request: json('{"query": "{ districts { code } }"'), status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON that is a bare string', request: json('"{ districts { code } }"'), status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON null', request: json('null'), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a batch (array) of operations',
    request: json([{ query: '{ districts { code } }' }]),
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'an empty JSON body', request: json(''), status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty object (no query)', request: json({}), status: 400, code: 'BAD_REQUEST' },
  { name: 'query that is a number', request: json({ query: 5 }), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'variables that are a string',
    request: json({ query: '{ districts { code } }', variables: 'x' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'text/plain content type (CSRF)',
    request: async () => ({
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ districts { code } }"}',
    }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'application/xml content type',
    request: async () => ({ method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'no content type',
    request: async () => ({ method: 'POST', body: '{"query":"{ districts { code } }"}' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an unsupported charset',
    request: json('{"query":"{ districts { code } }"}', { 'content-type': 'application/json; charset=latin1' }),
    status: 415,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a body over the size cap',
    request: gql(`{ districts { code } } # ${'x'.repeat(200_000)}`),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'a simple GET without a preflight header (CSRF)',
    request: async () => ({ method: 'GET', path: '/graphql?query=%7Bdistricts%7Bcode%7D%7D' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a mutation over GET',
    request: async () => ({
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(START('CCHC-2021-01'))}`,
      headers: { 'apollo-require-preflight': 'true' },
    }),
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an unknown path',
    request: async () => ({
      method: 'POST',
      path: '/admin',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }),
    status: 404,
    code: 'NOT_FOUND',
  },
  // The GraphQL document
  {
    name: 'a syntax error',
    request: gql('{ district(code: "018") { name }'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'an unknown field',
    request: gql('{ district(code: "018") { password } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an unknown operation name',
    request: json({ query: 'query A { districts { code } }', operationName: 'B' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'a fragment cycle',
    request: gql('{ districts { ...A } } fragment A on District { ...B } fragment B on District { ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'introspection (__schema) in production',
    request: gql('{ __schema { types { name } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'introspection (__type) in production',
    request: gql('{ __type(name: "Dossier") { fields { name } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  // Arguments
  { name: 'an impossible date (2021-02-30)', request: report('2021-02-30'), status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'an impossible date written in the query',
    request: gql(
      '{ district(code: "018") { report(from: "2021-02-30", to: "2021-03-01") { districtLevel { procedures } } } }',
    ),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'month 13', request: report('2021-13-01'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a date in another format', request: report('31/05/2021'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a date that is a number', request: report(20210531), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a date with a NUL byte', request: report('2021-01-01\u0000'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a 10,000-character date', request: report('2'.repeat(10_000)), status: 400, code: 'BAD_USER_INPUT' },
  { name: '`from` after `to`', request: report('2021-06-01', '2021-05-31'), status: 200, code: 'BAD_USER_INPUT' },
  {
    name: 'a year that is a string',
    request: gql('{ district(code: "018") { reformPlan(year: "2021") { taskCount } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an Int beyond 32 bits',
    request: gql('query ($y: Int!) { district(code: "018") { reformPlan(year: $y) { taskCount } } }', { y: 1e20 }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'a negative page size', request: gql(PROCEDURES, { first: -1 }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a huge page size', request: gql(PROCEDURES, { first: 1_000_000 }), status: 400, code: 'BAD_USER_INPUT' },
  // Refused by the cost limit (armor multiplies by `first`) before the page-size check runs.
  {
    name: 'a huge page size written in the query',
    request: gql('{ communeProcedures(first: 100000) { totalCount } }'),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'an unknown task code (planner)',
    request: as(() => tokenFor('planner'), START('CCHC-2099-99')),
    status: 200,
    code: 'NOT_FOUND',
  },
  // Abuse of the operation's shape
  { name: 'deep nesting', request: gql(nested(6)), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: 'an alias bomb',
    request: gql(`{ ${Array.from({ length: 50 }, (_, i) => `a${i}: districts { code }`).join(' ')} }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a directive bomb',
    request: gql(`{ districts { code ${'@include(if: true) '.repeat(100)} } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a token bomb',
    request: gql(`{ districts { ${'code '.repeat(3000)} } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'ten 100-row pages at once (under the depth, alias and token limits)',
    request: gql(
      `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: districtProcedures(first: 100) { edges { node { code name } } }`).join(' ')} }`,
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  // SQL injection where the input is checked, and writes by a role that may not write
  ...SQL_INJECTIONS.map((text): Case => ({
    name: `SQL injection in a date: ${text}`,
    request: report(text),
    status: 400,
    code: 'BAD_USER_INPUT',
  })),
  ...SQL_INJECTIONS.map((text): Case => ({
    name: `SQL injection in an anonymous write: ${text}`,
    request: gql(START(text)),
    status: 200,
    code: 'FORBIDDEN',
  })),
  // Tokens and roles
  {
    name: 'a forged token',
    request: as(() => forgedToken('admin'), '{ districts { code } }'),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'an expired token',
    request: as(() => expiredToken('admin'), '{ districts { code } }'),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'an unsigned token (alg none)',
    request: as(() => unsignedToken('admin'), '{ districts { code } }'),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'an empty bearer token',
    request: gql('{ districts { code } }', undefined, { authorization: 'Bearer ' }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'anonymous asking for dossier lists',
    request: gql('{ district(code: "018") { dossiers(first: 1) { totalCount } } }'),
    status: 200,
    code: 'FORBIDDEN',
  },
  {
    name: 'a planner asking for dossier lists',
    request: as(() => tokenFor('planner'), '{ district(code: "018") { dossiers(first: 1) { totalCount } } }'),
    status: 200,
    code: 'FORBIDDEN',
  },
  {
    name: 'an integrator changing a reform task',
    request: as(() => tokenFor('integrator'), START('CCHC-2021-01')),
    status: 200,
    code: 'FORBIDDEN',
  },
];

async function countRows(supergraph: RunningSupergraph): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, app] of Object.entries(supergraph.apps) as [
    SubgraphName,
    RunningSupergraph['apps'][SubgraphName],
  ][]) {
    for (const entity of app.dataSource.entityMetadatas) {
      counts[`${name}.${entity.tableName}`] = await app.dataSource.getRepository(entity.target).count();
    }
  }
  return counts;
}

let supergraph: RunningSupergraph;
let rowsBefore: Record<string, number>;
beforeAll(async () => {
  supergraph = await startSupergraph();
  rowsBefore = await countRows(supergraph);
});
afterAll(() => supergraph.stop());

describe(`${CASES.length} bad inputs through the gateway`, () => {
  test('there are at least 40', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const response = await supergraph.request(await c.request());
    const body = JSON.parse(response.text);
    expect([response.status, body.errors?.[0]?.extensions?.code]).toEqual([c.status, c.code]);
  });

  test('the gateway still answers the headline, and /health says so', async () => {
    const { status, body } = await supergraph.queryGateway(HEADLINE_QUERY);
    expect([status, body.errors, body.data.district.code]).toEqual([200, undefined, '018']);
    expect((await supergraph.request({ path: '/health' })).status).toBe(200);
  });

  test('lookups with injection strings find nothing and change nothing', async () => {
    for (const code of SQL_INJECTIONS) {
      const { body } = await supergraph.queryGateway(
        'query ($c: String!) { district(code: $c) { name } commune(code: $c) { name } reformTask(code: $c) { code } }',
        { c: code },
      );
      expect(body).toEqual({ data: { district: null, commune: null, reformTask: null } });
    }
  });

  test('limits are not echoed: refusals do not say which number was exceeded', () => {
    const refusals = supergraph.responses.filter((text) => text.includes('QUERY_TOO_COMPLEX'));
    expect(refusals.length).toBeGreaterThanOrEqual(5);
    // The request id (a UUID, in every error since the request log) is not a bound's number.
    const withoutIds = refusals.map((text) => text.replace(/,"requestId":"[0-9a-f-]{36}"/g, ''));
    for (const text of withoutIds) expect([text, /\d/.test(text)]).toEqual([text, false]);
  });

  test('unknown fields get no "did you mean" (production keeps the schema to itself)', () => {
    expect(supergraph.responses.filter((text) => text.includes('password')).join()).not.toMatch(/Did you mean/);
  });

  test('the stored rows are unchanged', async () => {
    expect(await countRows(supergraph)).toEqual(rowsBefore);
  });
});
