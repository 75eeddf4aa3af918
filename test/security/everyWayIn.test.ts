import { createHash, randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import Redis from 'ioredis';
import { checkPageSizes, effectiveVariables } from '../../gateway/limits/queryLimits';
import { gatewaySettings } from '../../gateway/settings';
import { startSupergraph, type RawResponse, type RunningSupergraph } from '../support/startSupergraph';

/**
 * The same limits whichever way a document arrives: a POST body, a GET query string, an
 * automatic persisted query (registered by GET or POST, then named by its hash), with its page
 * sizes and cost read from literals, variables and variable defaults alike.
 */

/**
 * A document of exactly `tokens` tokens that is valid, cheap and under every other limit: many
 * small operations (8 tokens each, some with a ninth), of which the request runs Q0.
 */
function tokensLong(tokens: number): string {
  const count = Math.floor(tokens / 8);
  const operations = Array.from(
    { length: count },
    (_, i) => `query Q${i} { districts { code${i < tokens - count * 8 ? ' name' : ''} } }`,
  );
  return operations.join('\n');
}
const hashOf = (query: string) => createHash('sha256').update(query).digest('hex');
const apq = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: hashOf(query) } });
const parsed = (r: RawResponse) => ({ status: r.status, body: JSON.parse(r.text) as any });
const codes = (r: { body: any }) => (r.body.errors ?? []).map((e: any) => e.extensions?.code);
const PROCEDURES = (n: string) => `query ($n: Int${n}) { districtProcedures(first: $n) { totalCount } }`;
const tenPages = (header: string, first: string) =>
  `query ${header} { ${Array.from({ length: 10 }, (_, i) => `p${i}: districtProcedures(first: ${first}) { edges { node { code name } } }`).join(' ')} }`;

function ways(supergraph: RunningSupergraph) {
  const post = async (body: unknown) =>
    parsed(
      await supergraph.request({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  const get = async (params: Record<string, unknown>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    return parsed(
      await supergraph.request({
        method: 'GET',
        path: `/graphql?${search}`,
        headers: { 'apollo-require-preflight': 'true' },
      }),
    );
  };
  return { post, get };
}

describe('every way in (in memory)', () => {
  let supergraph: RunningSupergraph;
  let post: ReturnType<typeof ways>['post'];
  let get: ReturnType<typeof ways>['get'];
  beforeAll(async () => {
    supergraph = await startSupergraph();
    ({ post, get } = ways(supergraph));
  });
  afterAll(() => supergraph.stop());
  beforeEach(() => supergraph.resetCounters());

  test('a 1,000-token document is answered by GET', async () => {
    const answer = await get({ query: tokensLong(1000), operationName: 'Q0' });
    expect([answer.status, codes(answer), answer.body.data.districts.length > 0]).toEqual([200, [], true]);
  });

  test('the same 1,001-token document is QUERY_TOO_COMPLEX by POST, GET and APQ registration, and no subgraph is asked', async () => {
    const query = tokensLong(1001);
    const operationName = 'Q0';
    const refusals = [
      await post({ query, operationName }),
      await get({ query, operationName }),
      await post({ query, operationName, extensions: apq(query) }),
      await get({ query, operationName, extensions: apq(query) }),
    ];
    expect(refusals.map((r) => [r.status, codes(r), r.body.errors[0].message])).toEqual(
      Array(4).fill([400, ['QUERY_TOO_COMPLEX'], 'Query too complex: the document has too many tokens']),
    );
    // Refused registrations kept nothing: the hash alone names no document.
    const byHash = [
      await post({ operationName, extensions: apq(query) }),
      await get({ operationName, extensions: apq(query) }),
    ];
    expect(byHash.map(codes)).toEqual([['PERSISTED_QUERY_NOT_FOUND'], ['PERSISTED_QUERY_NOT_FOUND']]);
    expect(supergraph.fetches).toEqual({});
  });

  test('a 50 kB string literal is one token but QUERY_TOO_COMPLEX by its length, by POST and as an APQ registration', async () => {
    const query = `{ district(code: "${'x'.repeat(50_000)}") { name } }`;
    const refusals = [await post({ query }), await post({ query, extensions: apq(query) })];
    expect(refusals.map((r) => [r.status, codes(r), r.body.errors[0].message])).toEqual(
      Array(2).fill([400, ['QUERY_TOO_COMPLEX'], 'Query too complex: the document has too many characters']),
    );
    expect(codes(await post({ extensions: apq(query) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(supergraph.fetches).toEqual({});
  });

  test('a page size in a variable or in a variable default is BAD_USER_INPUT naming first, before any subgraph is asked', async () => {
    const refusals = [
      await post({ query: PROCEDURES(''), variables: { n: 1000 } }),
      await post({ query: PROCEDURES(' = 1000') }),
      await get({ query: PROCEDURES(' = 1000') }),
    ];
    expect(refusals.map((r) => [r.status, codes(r), r.body.errors[0].message])).toEqual(
      Array(3).fill([400, ['BAD_USER_INPUT'], 'first must be between 0 and 100']),
    );
    expect(supergraph.fetches).toEqual({});
    // A given variable wins over the default.
    const allowed = await post({ query: PROCEDURES(' = 1000'), variables: { n: 5 } });
    expect([allowed.status, codes(allowed)]).toEqual([200, []]);
  });

  test('ten 100-row pages sized by a variable cost what they cost written literally: QUERY_TOO_COMPLEX, no subgraph asked', async () => {
    const refusals = [
      await post({ query: tenPages('', '100') }),
      await post({ query: tenPages('($n: Int)', '$n'), variables: { n: 100 } }),
      await get({ query: tenPages('($n: Int = 100)', '$n') }),
    ];
    expect(refusals.map((r) => [r.status, codes(r)])).toEqual(Array(3).fill([400, ['QUERY_TOO_COMPLEX']]));
    expect(supergraph.fetches).toEqual({});
    // The same ten pages of 5 rows are cheap enough.
    const small = await post({ query: tenPages('($n: Int)', '$n'), variables: { n: 5 } });
    expect([small.status, codes(small), small.body.data.p9.edges.length]).toEqual([200, [], 5]);
  });

  test('a page size hidden in an input object or a list of them is checked too', () => {
    const document = parse(
      'query ($f: Filter, $fs: [Filter] = [{ limit: 500 }]) { a(filter: $f) { b } c(filters: $fs) { d } }',
    );
    const operation = document.definitions[0] as any;
    const check = (given: Record<string, unknown>) => () =>
      checkPageSizes(document, effectiveVariables(operation, given), 100);
    expect(check({ fs: [] })).not.toThrow();
    expect(check({})).toThrow('limit must be between 0 and 100');
    expect(check({ fs: [], f: { first: 1000 } })).toThrow('first must be between 0 and 100');
    expect(() => checkPageSizes(parse('{ a(filter: { take: 101 }) { b } }'), {}, 100)).toThrow(
      'take must be between 0 and 100',
    );
  });
});

describe('automatic persisted queries in Redis', () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `test-everywayin:${randomUUID()}:`;
  let redis: Redis;
  let supergraph: RunningSupergraph;
  let post: ReturnType<typeof ways>['post'];
  beforeAll(async () => {
    redis = new Redis(redisUrl);
    const base = gatewaySettings({});
    const settings = {
      rateLimit: { ...base.rateLimit, max: 1_000_000, redisUrl },
      // Room for two 22-byte documents per window, not a third.
      persistedQueries: { ttlSeconds: 3600, maxBytes: 50 },
    };
    supergraph = await startSupergraph({}, { settings, rateLimitPrefix: prefix });
    ({ post } = ways(supergraph));
  });
  afterAll(async () => {
    await supergraph.stop();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  /**
   * Registers a document, then asks for it by hash alone: the gateway writes it on the
   * connection that the hash is then read on, so the write has landed when the answer comes.
   */
  async function register(query: string) {
    const registered = await post({ query, extensions: apq(query) });
    const byHash = await post({ extensions: apq(query) });
    return { registered, byHash, keys: await redis.keys(`${prefix}*${hashOf(query)}`) };
  }

  test('a registered document expires: its key has a TTL of at most APQ_TTL_SECONDS', async () => {
    const query = '{ districts { code } }';
    // Until the gateway's Redis connection is up, a registration is simply not kept (and costs no budget).
    let attempt = await register(query);
    for (let i = 0; i < 100 && codes(attempt.byHash).length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      attempt = await register(query);
    }
    const { registered, byHash, keys } = attempt;
    expect([codes(registered), byHash.body]).toEqual([[], registered.body]);
    expect(keys).toHaveLength(1);
    const ttl = await redis.ttl(keys[0]);
    expect([ttl > 0, ttl <= 3600]).toEqual([true, true]);
  });

  test('registrations beyond APQ_MAX_BYTES per window are answered but not kept', async () => {
    const third = '{ districts { code name } }';
    await register('{ districts { name } }');
    const { registered, byHash, keys } = await register(third);
    expect([registered.status, codes(registered), registered.body.data.districts.length > 0]).toEqual([200, [], true]);
    expect([codes(byHash), keys]).toEqual([['PERSISTED_QUERY_NOT_FOUND'], []]);
  });
});
