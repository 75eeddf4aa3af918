import { createHash } from 'node:crypto';
import { serveGateway, type RunningGateway } from '../../gateway/serveGateway';
import { gatewaySettings } from '../../gateway/settings';
import { bumpSharedGeneration } from '../../subgraphs/shared/dataGeneration';
import { MAX_AGE } from '../../subgraphs/shared/cacheHints';
import { vnDate } from '../../subgraphs/shared/dates';
import { deskDatabases } from '../ingestion/deskWorld';
import { HEADLINE_QUERY } from '../support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { receivedAtBatTrang } from '../support/receivedAtBatTrang';
import { tokenFor } from '../support/tokens';

const STATS = 'received resolved inProgress';
const REPORT = `query Report($from: Date!, $to: Date!) { district(code: "018") { report(from: $from, to: $to) {
  total { dossiers { ${STATS} } } byCommune { commune { code } dossiers { ${STATS} } } } } }`;
const WEEK = { from: '2021-07-05', to: '2021-07-09' };
const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { status } }`;
const received = (eventId: string, reference: string) => receivedAtBatTrang(eventId, reference);

/** POSTs a body as it is (APQ bodies carry no query) and returns status, headers and JSON. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}
const total = (r: any) => r.body.data.district.report.total.dossiers;

/**
 * Asks until the answer comes from a cache (an `age` header), at most 100 times 50 ms apart:
 * answers are kept after they are sent (the keep reads the write sequence in Redis first), so
 * the very next request may still race the keep.
 */
async function untilCached<R extends { headers: Headers }>(send: () => Promise<R>): Promise<R> {
  let answer = await send();
  for (let i = 0; i < 100 && answer.headers.get('age') === null; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer = await send();
  }
  return answer;
}

describe('response cache (in memory)', () => {
  let supergraph: RunningSupergraph;
  let desk: string;
  const fetchCount = () => Object.values(supergraph.fetches).reduce((a, b) => a + b, 0);
  const ask = (query: string, variables?: Record<string, unknown>, token?: string) =>
    post(supergraph.gatewayUrl, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});

  beforeAll(async () => {
    supergraph = await startSupergraph(await deskDatabases('caching'));
    desk = await tokenFor('desk', { unitCode: '00583', subject: 'mot-cua-bat-trang' });
  });
  afterAll(() => supergraph.stop());

  test('an anonymous headline is answered from the cache the second time, identical, without any subgraph fetch', async () => {
    const first = await ask(HEADLINE_QUERY);
    expect(first.body.errors).toBeUndefined();
    expect(first.headers.get('cache-control')).toBe(`max-age=${MAX_AGE.noWindow}, public`);
    supergraph.resetCounters();
    const second = await ask(HEADLINE_QUERY);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('age')).not.toBeNull();
    expect(fetchCount()).toBe(0);
    // A client asking for a fresh answer (Cache-Control: no-cache) gets one.
    const fresh = await post(supergraph.gatewayUrl, { query: HEADLINE_QUERY }, { 'cache-control': 'no-cache' });
    expect(fresh.headers.get('age')).toBeNull();
    expect(fresh.body).toEqual(first.body);
  });

  test('a window that ended before today keeps longer than one that includes today', async () => {
    const closed = await ask(
      `{ district(code: "018") { report(from: "2021-01-01", to: "2021-01-31") { total { dossiers { received } } } } }`,
    );
    const today = vnDate(new Date());
    const open = await ask(
      `query($d: Date!) { district(code: "018") { report(from: $d, to: $d) { total { dossiers { received } } } } }`,
      { d: today },
    );
    const maxAge = (r: any) => Number(/max-age=(\d+)/.exec(r.headers.get('cache-control'))?.[1]);
    expect(maxAge(open)).toBe(MAX_AGE.openWindow);
    expect(maxAge(closed)).toBeGreaterThan(maxAge(open));
  });

  test('a caller with a token never reads or fills the cache, and its answers are marked private', async () => {
    const integrator = await tokenFor('integrator', { subject: 'cache-test' });
    await ask(REPORT, WEEK);
    supergraph.resetCounters();
    const withToken = await ask(REPORT, WEEK, integrator);
    expect(withToken.headers.get('age')).toBeNull();
    expect(fetchCount()).toBeGreaterThan(0);
    expect(withToken.headers.get('cache-control')).not.toMatch(/public/);
  });

  test('dossier-level data is never cacheable, and a refusal is not cached', async () => {
    const integrator = await tokenFor('integrator', { subject: 'cache-test' });
    const LIST = `{ district(code: "018") { dossiers(first: 2) { edges { node { code } } } } }`;
    const listed = await ask(LIST, undefined, integrator);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.headers.get('cache-control')).toBe('no-store');
    const refused = await ask(LIST);
    supergraph.resetCounters();
    const again = await ask(LIST);
    expect(again.body.errors?.[0]?.extensions?.code).toBe(refused.body.errors?.[0]?.extensions?.code);
    expect(again.headers.get('age')).toBeNull();
    expect(fetchCount()).toBeGreaterThan(0);
  });

  test('a desk event through the gateway makes the next anonymous answer show the new figure', async () => {
    const before = await ask(REPORT, WEEK);
    const cached = await ask(REPORT, WEEK);
    expect(cached.headers.get('age')).not.toBeNull();
    const write = await ask(RECORD, { e: received('cache-1', 'BT-CACHE-01') }, desk);
    expect(write.body.errors).toBeUndefined();
    const after = await ask(REPORT, WEEK);
    expect(after.headers.get('age')).toBeNull();
    expect(total(after).received).toBe(total(before).received + 1);
    expect(total(after).inProgress).toBe(total(before).inProgress + 1);
  });

  test('automatic persisted queries: not found, registered, then the hash alone over POST and GET', async () => {
    const query = `query Apq { district(code: "018") { name } }`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const missing = await post(supergraph.gatewayUrl, { extensions: { persistedQuery } });
    expect(missing.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(supergraph.gatewayUrl, { query, extensions: { persistedQuery } });
    expect(registered.body).toEqual({ data: { district: { name: expect.any(String) } } });
    const byHash = await post(supergraph.gatewayUrl, { extensions: { persistedQuery } });
    expect(byHash.body).toEqual(registered.body);
    const url = `${supergraph.gatewayUrl}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery }))}`;
    const get = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual(registered.body);
    // CSRF prevention stays on: a GET without the preflight header is refused.
    expect((await fetch(url)).status).toBe(400);
  });
});

describe('response cache shared through Redis by gateway replicas', () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `test-caching-${process.pid}-${Date.now()}:`;
  let supergraph: RunningSupergraph;
  let replica: RunningGateway;
  let desk: string;
  const ask = (url: string, query: string, variables?: Record<string, unknown>, token?: string) =>
    post(url, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  const askGet = async (url: string, query: string, variables: Record<string, unknown>) => {
    const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
    const response = await fetch(`${url}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    const base = gatewaySettings({});
    const settings = { rateLimit: { ...base.rateLimit, max: 1_000_000, redisUrl } };
    supergraph = await startSupergraph(await deskDatabases('caching-redis'), { settings, rateLimitPrefix: prefix });
    replica = await serveGateway({
      clientsDatabase: null,
      subgraphUrls: supergraph.subgraphUrls,
      settings: { ...base, ...settings },
      rateLimitPrefix: prefix,
      port: 0,
      host: '127.0.0.1',
    });
    desk = await tokenFor('desk', { unitCode: '00583', subject: 'mot-cua-bat-trang' });
  });
  afterAll(async () => {
    await replica?.close();
    await supergraph?.stop();
  });

  test('one replica fills the cache, the other reads it; a write through either, or an import, invalidates both', async () => {
    const other = replica.url.replace('localhost', '127.0.0.1');
    // Apollo's shared cache keeps GETs (anonymous POSTs are each replica's fast path,
    // unitDependencies.test.ts). Until both replicas' Redis connections are up, answers are
    // simply not cached; and the cache is filled in the background: ask until the other replica
    // is answered from it.
    const first = await askGet(supergraph.gatewayUrl, REPORT, WEEK);
    const fromReplica = await untilCached(async () => {
      await askGet(supergraph.gatewayUrl, REPORT, WEEK);
      return askGet(other, REPORT, WEEK);
    });
    expect(fromReplica.headers.get('age')).not.toBeNull();
    expect(fromReplica.body).toEqual(first.body);

    expect((await ask(other, RECORD, { e: received('cache-r1', 'BT-CACHE-R1') }, desk)).body.errors).toBeUndefined();
    const after = await askGet(supergraph.gatewayUrl, REPORT, WEEK);
    expect(after.headers.get('age')).toBeNull();
    expect(total(after).received).toBe(total(first).received + 1);

    expect((await untilCached(() => askGet(other, REPORT, WEEK))).headers.get('age')).not.toBeNull();
    // A POST is the fast path's: kept by the replica that answered it.
    expect((await untilCached(() => ask(other, REPORT, WEEK))).headers.get('age')).not.toBeNull();
    // The import CLI writes straight to a database and then bumps the shared generation.
    expect(await bumpSharedGeneration(redisUrl, `${prefix}cache:`)).toBe(true);
    expect((await askGet(other, REPORT, WEEK)).headers.get('age')).toBeNull();
    expect((await ask(other, REPORT, WEEK)).headers.get('age')).toBeNull();
  });
});
