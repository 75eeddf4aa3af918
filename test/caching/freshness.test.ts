import { serveGateway, type RunningGateway } from '../../gateway/serveGateway';
import { gatewaySettings } from '../../gateway/settings';
import { deskDatabases } from '../ingestion/deskWorld';
import { ownRedis, type OwnRedis } from '../support/ownRedis';
import { eventually, holdingProxy, type HoldingProxy } from '../support/holdingProxy';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';

/**
 * The freshness rule: an answer may be as old as its max-age, never older than a write that was
 * acknowledged before the request started. Writes are Bát Tràng desk events (commune 00583)
 * through the gateway; the figure read is the district's commune level for the same week.
 */
const QUERY = `query Fresh($from: Date!, $to: Date!) { district(code: "018") { report(from: $from, to: $to) {
  communeLevel { dossiers { received inProgress } } } } }`;
const WEEK = { from: '2021-07-05', to: '2021-07-09' };
const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { status } }`;
const received = (id: string) => ({
  eventId: `fresh-${id}`,
  unitCode: '00583',
  type: 'RECEIVED',
  at: '2021-07-06T09:00:00+07:00',
  reference: `BT-FRESH-${id}`,
  procedureCode: '1.001193',
  channel: 'IN_PERSON',
  applicantType: 'CITIZEN',
  applicantName: 'Nguyễn Văn B',
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}
type Answer = Awaited<ReturnType<typeof post>>;
const figure = (r: Answer) => r.body.data.district.report.communeLevel.dossiers.received;
const settingsWith = (redisUrl?: string) => {
  const base = gatewaySettings({});
  return { ...base, production: true, rateLimit: { ...base.rateLimit, max: 1_000_000, redisUrl } };
};

describe('no cache serves an answer older than an acknowledged write', () => {
  let supergraph: RunningSupergraph;
  let desk: string;
  let writes = 0;
  const write = async (url: string) => {
    const answer = await post(
      url,
      { query: RECORD, variables: { e: received(String(++writes)) } },
      { authorization: `Bearer ${desk}` },
    );
    expect(answer.body.errors).toBeUndefined();
  };

  beforeAll(async () => {
    supergraph = await startSupergraph(await deskDatabases('freshness'));
    desk = await tokenFor('desk', { unitCode: '00583', subject: 'mot-cua-bat-trang-fresh' });
  });
  afterAll(() => supergraph?.stop());

  describe('a read in flight when a write lands', () => {
    let proxy: HoldingProxy;
    let gateway: RunningGateway;
    beforeAll(async () => {
      proxy = await holdingProxy(supergraph.subgraphUrls.commune);
      gateway = await serveGateway({
        clientsDatabase: null,
        subgraphUrls: { ...supergraph.subgraphUrls, commune: proxy.url },
        settings: settingsWith(),
        port: 0,
        host: '127.0.0.1',
      });
    });
    afterAll(async () => {
      proxy.release();
      await gateway?.close();
      await proxy?.close();
    });

    test('a request started after the write does not join it, and what is then cached shows the write', async () => {
      const url = gateway.url.replace('localhost', '127.0.0.1');
      proxy.holding = true;
      const early = post(url, { query: QUERY, variables: WEEK });
      // The commune subgraph has answered the early read (before the write); the gateway waits.
      expect(await eventually(() => proxy.held === 1)).toBe(true);
      await write(url);
      const queriesBefore = proxy.queries;
      const late = post(url, { query: QUERY, variables: WEEK });
      // The late request asks the subgraph itself; if it joined the early read, nothing arrives.
      await eventually(() => proxy.queries > queriesBefore);
      proxy.release();
      const [before, after] = await Promise.all([early, late]);
      expect(figure(after)).toBe(figure(before) + 1);
      const cached = await post(url, { query: QUERY, variables: WEEK });
      expect(cached.headers.get('age')).not.toBeNull();
      expect(figure(cached)).toBe(figure(before) + 1);
    });
  });

  describe('Redis stopped and started again around a write', () => {
    let redis: OwnRedis;
    let gateway: RunningGateway;
    let url: string;
    const ask = () => post(url, { query: QUERY, variables: WEEK });
    /** Asks until an answer comes from a cache (Redis back, kept again), checking every answer on the way. */
    const askUntilCached = async (expected: number) => {
      let answer = await ask();
      const seen = [figure(answer)];
      for (let i = 0; i < 200 && answer.headers.get('age') === null; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        answer = await ask();
        seen.push(figure(answer));
      }
      expect(answer.headers.get('age')).not.toBeNull();
      expect(new Set(seen)).toEqual(new Set([expected]));
    };

    beforeAll(async () => {
      redis = await ownRedis();
      gateway = await serveGateway({
        clientsDatabase: null,
        subgraphUrls: supergraph.subgraphUrls,
        settings: settingsWith(redis.url),
        rateLimitPrefix: `fresh-${process.pid}:`,
        port: 0,
        host: '127.0.0.1',
      });
      url = gateway.url.replace('localhost', '127.0.0.1');
    });
    afterAll(async () => {
      await gateway?.close();
      await redis?.close();
    });

    test.each([
      ['with its data (the counter it had before the write)', false],
      ['empty (its counter starts again)', true],
    ])('no answer from before the write is served while it is down or once it is back %s', async (_, forget) => {
      const start = figure(await ask());
      await askUntilCached(start);
      await redis.save();
      await redis.stop({ forget });
      await write(url);
      // Down: the generation cannot be read, so nothing kept is served.
      for (let i = 0; i < 3; i++) {
        const down = await ask();
        expect(down.headers.get('age')).toBeNull();
        expect(figure(down)).toBe(start + 1);
      }
      await redis.start();
      await askUntilCached(start + 1);
    });
  });

  describe('a hit lives only what is left of its lifetime', () => {
    const maxAge = (r: { headers: Headers }) => Number(/max-age=(\d+)/.exec(r.headers.get('cache-control') ?? '')?.[1]);
    const age = (r: { headers: Headers }) => Number(r.headers.get('age'));
    // Only the clock is faked (Date): the servers' timers and sockets run as usual.
    const clock = () =>
      jest.useFakeTimers({
        now: Date.now(),
        doNotFake: [
          'hrtime',
          'nextTick',
          'performance',
          'queueMicrotask',
          'setImmediate',
          'clearImmediate',
          'setInterval',
          'clearInterval',
          'setTimeout',
          'clearTimeout',
        ],
      });
    afterEach(() => jest.useRealTimers());

    test("an answer from Apollo's cache (GET) or the fast path (POST) says its true age and lives only the rest of its life", async () => {
      const window = { from: '2021-07-05', to: '2021-07-07' };
      const query = `query Lifetime($from: Date!, $to: Date!) { district(code: "018") { report(from: $from, to: $to) { communeLevel { dossiers { received } } } } }`;
      clock();
      const start = Date.now();
      // A GET fills Apollo's response cache only (anonymous POSTs are the fast path's).
      const params = new URLSearchParams({ query, variables: JSON.stringify(window) });
      const get = () =>
        fetch(`${supergraph.gatewayUrl}?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
      const got = await get();
      expect(got.status).toBe(200);
      const life = maxAge(got);
      expect(life).toBeGreaterThan(60);
      jest.setSystemTime(start + 30_000);
      const fromApollo = await get();
      expect(age(fromApollo)).toBe(30);
      const computed = await post(supergraph.gatewayUrl, { query, variables: window });
      expect(computed.headers.get('age')).toBeNull();
      jest.setSystemTime(start + 50_000);
      const kept = await post(supergraph.gatewayUrl, { query, variables: window });
      expect(kept.body).toEqual(computed.body);
      expect(age(kept)).toBe(20);
      expect(maxAge(kept) - age(kept)).toBe(maxAge(computed) - 20);
      jest.setSystemTime(start + 30_000 + maxAge(computed) * 1000);
      expect((await post(supergraph.gatewayUrl, { query, variables: window })).headers.get('age')).toBeNull();
    });
  });
});
