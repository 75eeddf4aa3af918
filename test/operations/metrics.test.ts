import { gatewaySettings } from '../../gateway/settings';
import { answerMemo } from '../../subgraphs/shared/answerMemo';
import type { SubgraphName } from '../../subgraphs/shared/config';
import { HEADLINE_QUERY } from '../support/headlineQuery';
import { scrape, type Scrape } from '../support/scrapeMetrics';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';

const SUBGRAPHS: SubgraphName[] = ['district', 'commune', 'reform'];

/** Every service's metrics, scraped from its own listener. */
async function scrapeAll(supergraph: RunningSupergraph): Promise<Record<SubgraphName | 'gateway', Scrape>> {
  const entries = await Promise.all(
    Object.entries(supergraph.metricsUrls).map(async ([service, url]) => [service, await scrape(url)] as const),
  );
  return Object.fromEntries(entries) as Record<SubgraphName | 'gateway', Scrape>;
}

describe('Prometheus metrics of every service', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph?.stop());

  const headline = (headers: Record<string, string> = { 'cache-control': 'no-cache' }) =>
    supergraph.request({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: HEADLINE_QUERY, operationName: 'Headline' }),
    });

  test('the headline is counted: its request, its four subgraph fetches and every statement the subgraphs sent', async () => {
    for (const app of Object.values(supergraph.apps)) answerMemo(app.dataSource).clear();
    const before = await scrapeAll(supergraph);
    supergraph.resetCounters();
    const response = await headline();
    expect(JSON.parse(response.text).errors).toBeUndefined();
    const after = await scrapeAll(supergraph);
    const delta = (service: SubgraphName | 'gateway', name: string, labels?: Record<string, string>) =>
      after[service].value(name, labels) - before[service].value(name, labels);

    expect(delta('gateway', 'onestop_gateway_requests_total', { operation: 'Headline', outcome: 'ok' })).toBe(1);
    expect(delta('gateway', 'onestop_gateway_requests_total')).toBe(1);
    expect(delta('gateway', 'onestop_gateway_request_duration_seconds_count', { operation: 'Headline' })).toBe(1);
    expect(delta('gateway', 'onestop_gateway_answers_total', { source: 'computed' })).toBe(1);
    const fetches = Object.fromEntries(
      SUBGRAPHS.map((name) => [
        name,
        delta('gateway', 'onestop_gateway_subgraph_fetches_total', { subgraph: name, outcome: 'ok' }),
      ]),
    );
    // The fetch counts sqlStatements.test.ts asserts: district, then commune twice and reform.
    expect(fetches).toEqual({ district: 1, commune: 2, reform: 1 });
    expect(fetches).toEqual(supergraph.fetches);
    for (const name of SUBGRAPHS) {
      expect(delta('gateway', 'onestop_gateway_subgraph_fetch_duration_seconds_count', { subgraph: name })).toBe(
        fetches[name],
      );
      // Each subgraph counted the gateway's fetches as requests of the Headline operation.
      expect([name, delta(name, 'onestop_subgraph_requests_total', { operation: 'Headline', outcome: 'ok' })]).toEqual([
        name,
        fetches[name],
      ]);
    }
    const statements = supergraph.statements();
    expect(statements).toEqual({ district: 4, commune: 4, reform: 5 });
    for (const name of SUBGRAPHS) {
      expect([name, delta(name, 'onestop_subgraph_sql_statements_total')]).toEqual([name, statements[name]]);
      // Every statement was timed too, on the pool or a statistics worker.
      expect([name, delta(name, 'onestop_subgraph_sql_statement_duration_seconds_count')]).toEqual([
        name,
        statements[name],
      ]);
    }
    const misses = Object.fromEntries(
      SUBGRAPHS.map((name) => [name, delta(name, 'onestop_subgraph_answer_memo_lookups_total', { result: 'miss' })]),
    );
    expect(Object.values(misses).every((n) => n > 0)).toBe(true);

    // Asked again: every statistic comes from the memo; then the gateway answers from what it kept.
    const warmBefore = await scrapeAll(supergraph);
    await headline();
    await headline({});
    await headline({});
    const warmAfter = await scrapeAll(supergraph);
    const warm = (service: SubgraphName | 'gateway', name: string, labels?: Record<string, string>) =>
      warmAfter[service].value(name, labels) - warmBefore[service].value(name, labels);
    for (const name of SUBGRAPHS) {
      expect([name, warm(name, 'onestop_subgraph_answer_memo_lookups_total', { result: 'miss' })]).toEqual([name, 0]);
      expect(warm(name, 'onestop_subgraph_answer_memo_lookups_total', { result: 'hit' })).toBeGreaterThanOrEqual(
        misses[name],
      );
    }
    const sources = Object.fromEntries(
      ['computed', 'response', 'kept'].map((source) => [
        source,
        warm('gateway', 'onestop_gateway_answers_total', { source }),
      ]),
    );
    // The fresh answer (no-cache) is kept, and answers the next two identical POSTs.
    expect(sources).toEqual({ computed: 1, response: 0, kept: 2 });
    expect(warm('gateway', 'onestop_gateway_requests_total', { operation: 'Headline', outcome: 'ok' })).toBe(3);
  });

  test('an operation name that is not a known one is labelled other, never as the client wrote it', async () => {
    const before = await scrape(supergraph.metricsUrls.gateway);
    await supergraph.request({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query NguyenVanA_001099012345 { __typename }' }),
    });
    const after = await scrape(supergraph.metricsUrls.gateway);
    expect(after.value('onestop_gateway_requests_total', { operation: 'other', outcome: 'ok' })).toBe(
      before.value('onestop_gateway_requests_total', { operation: 'other', outcome: 'ok' }) + 1,
    );
    const text = await (await fetch(supergraph.metricsUrls.gateway)).text();
    expect(text).not.toContain('NguyenVanA');
  });

  test('metrics are on their own loopback listener, not on any public port', async () => {
    for (const url of Object.values(supergraph.metricsUrls))
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect((await supergraph.request({ path: '/metrics' })).status).toBe(404);
    for (const name of SUBGRAPHS) {
      const response = await fetch(new URL('/metrics', supergraph.subgraphUrls[name]));
      expect([name, response.status]).toEqual([name, 404]);
    }
  });
});

describe('rate-limit refusals', () => {
  test('are counted, by outcome and on their own', async () => {
    const base = gatewaySettings({});
    const limited = await startSupergraph({}, { settings: { rateLimit: { ...base.rateLimit, max: 2 } } });
    try {
      for (let i = 0; i < 3; i++) await limited.queryGateway('{ __typename }');
      const metrics = await scrape(limited.metricsUrls.gateway);
      expect(metrics.value('onestop_gateway_rate_limited_total')).toBe(1);
      expect(metrics.value('onestop_gateway_requests_total', { outcome: 'RATE_LIMITED' })).toBe(1);
      expect(metrics.value('onestop_gateway_requests_total', { outcome: 'ok' })).toBe(2);
    } finally {
      await limited.stop();
    }
  });
});
