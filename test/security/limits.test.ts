import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { checkPageSizes } from '../../gateway/limits/queryLimits';
import { repoFile } from '../../subgraphs/shared/paths';
import { HEADLINE_QUERY } from '../support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';

const LIMIT_CODES = ['QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'];
const codes = (body: any): string[] => (body.errors ?? []).map((e: any) => e.extensions?.code);

describe('operation limits let every documented query through', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph.stop());

  const documented = [...readFileSync(repoFile('README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
    (m) => m[1],
  );

  test('README documents queries to check', () => expect(documented.length).toBeGreaterThanOrEqual(1));

  test.each(documented.map((q, i) => [i + 1, q.trim().split('\n')[0], q] as const))(
    'README query %i (%s) is not refused by a limit',
    async (_i, _first, query) => {
      // Anonymous, so a documented mutation is refused (FORBIDDEN) after the limits and writes nothing.
      const { body } = await supergraph.queryGateway(query);
      expect(codes(body).filter((c) => LIMIT_CODES.includes(c))).toEqual([]);
    },
  );

  test('the headline query and a full page of 100 dossiers pass', async () => {
    expect(codes((await supergraph.queryGateway(HEADLINE_QUERY)).body)).toEqual([]);
    const page = `{ district(code: "018") { dossiers(first: 100) { totalCount edges { node { code unitCode status receivedOn dueOn resolvedOn procedure { code name } } } } } }`;
    const { body } = await supergraph.queryGateway(page, {}, { token: await tokenFor('integrator') });
    expect([codes(body), body.data.district.dossiers.edges.length]).toEqual([[], 100]);
  });
});

describe('page sizes are capped at the gateway', () => {
  const sizes = (first: unknown) => () =>
    checkPageSizes(parse('query ($n: Int) { a(first: $n) { b } c(limit: 5) { d } }'), { n: first }, 100);
  test.each([0, 1, 100, null, undefined])('first: %p is accepted', (first) => expect(sizes(first)).not.toThrow());
  test.each([-1, 101, 1e9, 2.5, '10'])('first: %p is BAD_USER_INPUT', (first) =>
    expect(sizes(first)).toThrow('first must be between 0 and 100'),
  );
  test('a literal page size is checked too', () => {
    expect(() => checkPageSizes(parse('{ a(pageSize: 500) { b } }'), {}, 100)).toThrow(
      'pageSize must be between 0 and 100',
    );
  });
});

describe('per-client rate limit', () => {
  const QUERY = '{ districts { code } }';

  test('in memory: the fourth request in a window gets 429 RATE_LIMITED with Retry-After; another client is not affected', async () => {
    const supergraph = await startSupergraph({}, { settings: { rateLimit: { max: 3, windowMs: 3_600_000 } } });
    try {
      const planner = await tokenFor('planner', { subject: 'planner-a' });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await supergraph.queryGateway(QUERY, {}, { token: planner })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await supergraph.request({
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${planner}` },
        body: JSON.stringify({ query: QUERY }),
      });
      expect([
        refused.status,
        JSON.parse(refused.text).errors[0].extensions.code,
        Number(refused.headers.get('retry-after')) > 0,
      ]).toEqual([429, 'RATE_LIMITED', true]);
      const other = await supergraph.queryGateway(
        QUERY,
        {},
        { token: await tokenFor('planner', { subject: 'planner-b' }) },
      );
      expect(other.status).toBe(200);
    } finally {
      await supergraph.stop();
    }
  });

  test('every answer to an anonymous caller carries RateLimit-Policy and a RateLimit that counts down', async () => {
    const supergraph = await startSupergraph({}, { settings: { rateLimit: { max: 2, windowMs: 3_600_000 } } });
    try {
      const ask = () =>
        supergraph.request({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
        });
      const answers = [await ask(), await ask(), await ask()];
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
      expect(answers.map((a) => a.headers.get('ratelimit-policy'))).toEqual(Array(3).fill('"requests";q=2;w=3600'));
      expect(answers.map((a) => a.headers.get('ratelimit')?.replace(/t=\d+/, 't'))).toEqual([
        '"requests";r=1;t',
        '"requests";r=0;t',
        '"requests";r=0;t',
      ]);
      const retryAfter = Number(answers[2].headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(3500);
      expect(answers[2].headers.get('ratelimit')).toBe(`"requests";r=0;t=${retryAfter}`);
    } finally {
      await supergraph.stop();
    }
  });

  test('with REDIS_URL: two gateway replicas share one count per client', async () => {
    const prefix = `onestop-test:${randomUUID()}:`;
    const settings = {
      rateLimit: { max: 3, windowMs: 3_600_000, redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' },
    };
    const [a, b] = [
      await startSupergraph({}, { settings, rateLimitPrefix: prefix }),
      await startSupergraph({}, { settings, rateLimitPrefix: prefix }),
    ];
    try {
      const token = await tokenFor('integrator', { subject: 'shared-client' });
      const statuses = [];
      for (const replica of [a, b, a, b]) statuses.push((await replica.queryGateway(QUERY, {}, { token })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const ready = await fetch(a.gatewayUrl.replace(/graphql$/, 'ready'), {
        headers: { authorization: `Bearer ${await tokenFor('admin')}` },
      });
      expect(((await ready.json()) as any).rateLimit).toBe('shared (redis up)');
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});

describe('what the limits read of a document is found once, its values each request', () => {
  test('one parsed document checked with two page sizes: the second is refused', () => {
    const document = parse('query ($n: Int, $f: DossierFilter) { a(first: $n, filter: $f) { b } }');
    expect(() => checkPageSizes(document, { n: 10 }, 100)).not.toThrow();
    expect(() => checkPageSizes(document, { n: 500 }, 100)).toThrow('first must be between 0 and 100');
    expect(() => checkPageSizes(document, { n: 5, f: { take: 101 } }, 100)).toThrow('take must be between 0 and 100');
  });
});
