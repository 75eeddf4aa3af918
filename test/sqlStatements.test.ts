import { communeSubgraph } from '../subgraphs/commune/communeSubgraph';
import { seedCommune } from '../subgraphs/commune/seed/seedCommune';
import { answerMemo } from '../subgraphs/shared/answerMemo';
import { HEADLINE_QUERY } from './support/headlineQuery';
import { seedVariant } from './support/seedVariant';
import { startSupergraph, type RunningSupergraph } from './support/startSupergraph';
import { testDatabase } from './support/testDatabases';

/**
 * Batching: what the headline query costs must not grow with the number of communes. The
 * same query runs against the full district (22 communes) and a district seeded with 2.
 */
describe('SQL statements and subgraph fetches per request', () => {
  let full: RunningSupergraph;
  let two: RunningSupergraph;

  beforeAll(async () => {
    const small = testDatabase('commune', 'twocommunes');
    await seedVariant(small, communeSubgraph, (ds) =>
      seedCommune(ds, {
        communeCodes: ['00565', '00583'],
        periods: [{ from: '2021-05-01', to: '2021-05-31', received: 300, resolvedByEnd: 290 }],
      }),
    );
    full = await startSupergraph();
    two = await startSupergraph({ commune: small });
  });
  afterAll(async () => {
    await full?.stop();
    await two?.stop();
  });

  async function cost(supergraph: RunningSupergraph, variables?: Record<string, unknown>) {
    supergraph.resetCounters();
    // The cost of answering, not of a response-cache hit.
    const response = await supergraph.queryGateway(HEADLINE_QUERY, variables, {
      headers: { 'cache-control': 'no-cache' },
    });
    expect(response.body.errors).toBeUndefined();
    return { data: response.body.data, statements: supergraph.statements(), fetches: { ...supergraph.fetches } };
  }

  test('the headline query costs the same for 2 communes as for 22', async () => {
    const big = await cost(full);
    const small = await cost(two);
    expect(big.data.district.report.byCommune).toHaveLength(22);
    expect(small.data.district.report.byCommune).toHaveLength(2);
    expect(small.statements).toEqual(big.statements);
    expect(small.fetches).toEqual(big.fetches);
  });

  test('the headline query is a fixed, small number of statements and fetches; asked again, fewer', async () => {
    // What a first answer costs: nothing remembered by the subgraphs (answerMemo.ts).
    for (const app of Object.values(full.apps)) answerMemo(app.dataSource).clear();
    const window = { from: '2020-12-16', to: '2021-05-30' };
    const cold = await cost(full, window);
    // district: the district row, then the district's rollup counters, dossier counts and
    // catalogue counts, in its one fetch.
    // commune: the communes list (for District.communes, a fetch of its own), then the communes
    // with their counters, their dossier counts and the catalogue counts (for Report, `total`
    // included: it adds the district figures the gateway passes in).
    // reform: its data's counter, the plan, its tasks, their statuses on 10 June, the directive count.
    expect(cold.statements).toEqual({ district: 4, commune: 4, reform: 5 });
    // district first; then commune twice (District.communes, Report with `total`) and reform in
    // parallel. No third round: `total` needs nothing more of the district subgraph.
    expect(cold.fetches).toEqual({ district: 1, commune: 2, reform: 1 });
    // Asked again with no write in between: the answers come from the subgraphs' memo, and only
    // the counters are read (answerMemo.ts).
    const warm = await cost(full, window);
    expect(warm.data).toEqual(cold.data);
    expect(warm.statements).toEqual({ district: 2, commune: 2, reform: 1 });
    expect(warm.fetches).toEqual(cold.fetches);
  });

  test('asking for three windows at once costs statements per window, not per commune', async () => {
    full.resetCounters();
    const response = await full.queryGateway(`{ district(code: "018") {
      a: report(from: "2021-01-01", to: "2021-01-31") { communeLevel { dossiers { received } } byCommune { dossiers { received } } }
      b: report(from: "2021-02-01", to: "2021-02-28") { communeLevel { dossiers { received } } byCommune { dossiers { received } } }
      c: report(from: "2021-03-01", to: "2021-03-31") { communeLevel { dossiers { received } } byCommune { dossiers { received } } } } }`);
    expect(response.body.errors).toBeUndefined();
    // Per window: the communes with their counters, their counts, the catalogue.
    expect(full.statements().commune).toBe(3 * 3);
  });
});
