import { serveGateway, type RunningGateway } from '../../gateway/serveGateway';
import { gatewaySettings } from '../../gateway/settings';
import { BENCH_QUERIES } from '../../bench/queries';
import { COMMUNE_REPORT_QUERY, REPORT_QUERY, TREND_QUERY } from '../../web/src/queries';
import { HEADLINE_QUERY } from '../support/headlineQuery';
import { deskDatabases } from '../ingestion/deskWorld';
import { ownRedis, type OwnRedis } from '../support/ownRedis';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';

/**
 * The oracle for the response cache keyed by units (answerDependencies.ts, writeSequence in
 * dataGeneration.ts): after every write, every query's answer from a gateway with the cache on
 * equals a gateway with it off, and the answers about units not written are still served from
 * the cache (they carry `age`). Writes are commune desk events dated inside the windows asked,
 * through the gateway, and one "everything" bump (as the import command makes).
 */
const A = '00583'; // Bát Tràng
const B = '00526';
const C = '00589';
const FIGURES = 'handled resolved resolvedLate inProgress onTimeRate onlineShare';
const FLEET = `query Fleet($from: Date!, $to: Date!, $by: [StatsDimension!]!, $units: [String!]) {
  district(code: "018") { report(from: $from, to: $to) { breakdown(by: $by, filter: { units: $units }) {
    districtLevel { key { unitCode sector channel month } figures { ${FIGURES} } }
    communeLevel { key { unitCode sector channel month } figures { ${FIGURES} } } } } } }`;
const WINDOWS = [{ from: '2021-07-01', to: '2021-07-31' }];
/** Hundreds of requests per test: a loaded 2-core machine running the whole suite needs minutes. */
const LONG = 600_000;

interface Asked {
  name: string;
  body: { query: string; variables?: Record<string, unknown> };
  /** The units whose writes may change it (null: any write). */
  readsUnits: string[] | null;
  /** Checked: never served from the cache after any write. */
  anyWriteHides?: boolean;
}

function queries(): Asked[] {
  const asked: Asked[] = [];
  const filters: [string, string[] | null, string[] | null][] = [
    ['none', null, null],
    ['district', ['018'], ['018']],
    ['A', [A], [A]],
    ['B', [B], [B]],
  ];
  for (const window of WINDOWS)
    for (const [label, units, reads] of filters)
      for (const by of [[], ['UNIT'], ['SECTOR'], ['CHANNEL'], ['MONTH']])
        asked.push({
          name: `fleet ${label} ${by.join('') || 'total'} ${window.from}`,
          body: { query: FLEET, variables: { ...window, by, units } },
          readsUnits: reads,
        });
  const bench = (name: string) => BENCH_QUERIES.find((q) => q.name === name)!;
  const july = { district: '018', from: '2021-07-01', to: '2021-07-31' };
  asked.push(
    { name: 'headline', body: { query: HEADLINE_QUERY }, readsUnits: null },
    {
      name: 'byCommune',
      body: { query: bench('byCommune').query, variables: { ...july, code: '018' } },
      readsUnits: null,
    },
    { name: 'dashboard report', body: { query: REPORT_QUERY, variables: july }, readsUnits: null },
    {
      name: 'dashboard commune B',
      body: { query: COMMUNE_REPORT_QUERY, variables: { ...july, units: [B] } },
      readsUnits: null,
    },
    { name: 'dashboard trend B', body: { query: TREND_QUERY, variables: { ...july, units: [B] } }, readsUnits: null },
    {
      // Statistics of B beside a read the subgraph does not describe (the catalogue's pages):
      // the district subgraph must not claim B alone, so any write hides the answer.
      name: 'fleet B with procedures',
      body: {
        query: `query Mixed { districtProcedures(first: 2) { totalCount edges { node { code } } }
          district(code: "018") { report(from: "2021-07-01", to: "2021-07-31") {
            breakdown(filter: { units: ["${B}"] }) { communeLevel { figures { handled } } } } } }`,
      },
      readsUnits: null,
      anyWriteHides: true,
    },
  );
  return asked;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { age: response.headers.get('age'), body: (await response.json()) as any };
}

const settingsWith = (redisUrl?: string) => {
  const base = gatewaySettings({});
  return { ...base, production: true, rateLimit: { ...base.rateLimit, max: 1_000_000, redisUrl } };
};

const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { status } }`;
let written = 0;
const event = (unitCode: string) => ({
  eventId: `depcache-${unitCode}-${++written}`,
  unitCode,
  type: 'RECEIVED',
  at: '2021-07-06T09:00:00+07:00',
  reference: `DEPCACHE-${unitCode}-${written}`,
  procedureCode: '1.001193',
  channel: 'ONLINE',
  applicantType: 'CITIZEN',
});

describe('answers keyed by the units they read', () => {
  let supergraph: RunningSupergraph;
  let oracle: RunningGateway;
  const started: RunningGateway[] = [];
  const desks: Record<string, string> = {};
  const urlOf = (g: RunningGateway) => g.url.replace('localhost', '127.0.0.1');
  const gateway = async (options: { responseCache: boolean; redisUrl?: string; prefix?: string }) => {
    const running = await serveGateway({
      clientsDatabase: null,
      subgraphUrls: supergraph.subgraphUrls,
      settings: settingsWith(options.redisUrl),
      responseCache: options.responseCache,
      rateLimitPrefix: options.prefix,
      port: 0,
      host: '127.0.0.1',
    });
    started.push(running);
    return running;
  };
  const write = async (via: RunningGateway | string, unitCode: string) => {
    const answer = await post(
      typeof via === 'string' ? via : urlOf(via),
      { query: RECORD, variables: { e: event(unitCode) } },
      { authorization: `Bearer ${desks[unitCode]}` },
    );
    expect(answer.body.errors).toBeUndefined();
  };

  /**
   * Every query on each cached gateway equals the oracle's answer; those that read none of the
   * units just written come from the cache; after an "everything" write, none does.
   */
  const truths = new Map<string, string>();
  async function checkAll(cached: RunningGateway[], writtenUnits: string[] | 'everything') {
    const stale: string[] = [];
    const missed: string[] = [];
    const changed: string[] = [];
    for (const q of queries()) {
      const truth = await post(urlOf(oracle), q.body);
      expect(truth.body.errors).toBeUndefined();
      if (truths.has(q.name) && truths.get(q.name) !== JSON.stringify(truth.body)) changed.push(q.name);
      truths.set(q.name, JSON.stringify(truth.body));
      for (const [i, g] of cached.entries()) {
        const answer = await post(urlOf(g), q.body);
        if (JSON.stringify(answer.body) !== JSON.stringify(truth.body)) stale.push(q.name);
        const untouched =
          writtenUnits !== 'everything' && q.readsUnits !== null && !q.readsUnits.some((u) => writtenUnits.includes(u));
        if (q.anyWriteHides && answer.age !== null) stale.push(`${q.name} (served after a write) #${i}`);
        if (untouched && answer.age === null) missed.push(`${q.name} #${i}`);
        // (A second replica may take the first's answer, computed after the bump, from Apollo's shared cache.)
        if (writtenUnits === 'everything' && i === 0 && answer.age !== null)
          stale.push(`${q.name} (served after everything)`);
      }
    }
    expect(stale).toEqual([]);
    expect(missed).toEqual([]);
    // The writes changed answers a stale cache would have shown (the test has teeth).
    if (writtenUnits !== 'everything') expect(changed.length).toBeGreaterThan(5);
  }

  /** Asks everything twice: the second answer of each cacheable query comes from the cache. */
  async function fill(cached: RunningGateway[]) {
    for (const q of queries()) truths.set(q.name, JSON.stringify((await post(urlOf(oracle), q.body)).body));
    for (const g of cached) for (const q of queries()) await post(urlOf(g), q.body);
    for (const g of cached)
      for (const q of queries().filter((x) => x.readsUnits !== null))
        expect([q.name, (await post(urlOf(g), q.body)).age]).not.toEqual([q.name, null]);
  }

  beforeAll(async () => {
    supergraph = await startSupergraph(await deskDatabases('depcache'));
    for (const unitCode of [A, B, C])
      desks[unitCode] = await tokenFor('desk', { unitCode, subject: `mot-cua-${unitCode}-depcache` });
    oracle = await gateway({ responseCache: false });
  });
  afterAll(async () => {
    for (const g of started) await g.close();
    await supergraph?.stop();
  });

  test(
    'one gateway: every answer equals the uncached one after each write, and untouched units stay cached',
    async () => {
      const cached = await gateway({ responseCache: true });
      await fill([cached]);
      await write(cached, A);
      await checkAll([cached], [A]);
      await write(supergraph.gatewayUrl, B); // through another gateway sharing the write sequence
      await checkAll([cached], [B]);
      await write(cached, A);
      await write(cached, B);
      await checkAll([cached], [A, B]);
      await cached.gateway.caching.generation.bump(); // what the import command does (bumpSharedGeneration)
      await checkAll([cached], 'everything');
    },
    LONG,
  );

  describe('two replicas sharing Redis', () => {
    let redis: OwnRedis;
    beforeAll(async () => {
      redis = await ownRedis();
    });
    afterAll(() => redis?.close());

    test(
      'a write through one replica hides what it touched in both, and only that',
      async () => {
        const prefix = `depcache-${process.pid}:`;
        const one = await gateway({ responseCache: true, redisUrl: redis.url, prefix });
        const two = await gateway({ responseCache: true, redisUrl: redis.url, prefix });
        await fill([one, two]);
        // The second replica took the first's answers from Apollo's shared cache, which tells it
        // nothing of their units: it keeps them as reading everything. After a write to a third
        // unit it computes its own, named by their units.
        await write(one, C);
        await fill([one, two]);
        await write(one, A);
        await checkAll([one, two], [A]);
        await write(two, B);
        await checkAll([one, two], [B]);
        await two.gateway.caching.generation.bump();
        await checkAll([one, two], 'everything');
      },
      LONG,
    );
  });
});
