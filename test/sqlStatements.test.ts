import { communeSubgraph } from '../subgraphs/commune/communeSubgraph';
import { seedCommune } from '../subgraphs/commune/seed/seedCommune';
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

  async function cost(supergraph: RunningSupergraph) {
    supergraph.resetCounters();
    // The cost of answering, not of a response-cache hit.
    const response = await supergraph.queryGateway(HEADLINE_QUERY, undefined, { headers: { 'cache-control': 'no-cache' } });
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

  test('the headline query is a fixed, small number of statements and fetches', async () => {
    const { statements, fetches } = await cost(full);
    // district: the district row, then dossier counts + catalogue counts in the first fetch,
    // and the same two again when `total` is resolved with the commune figures.
    // commune: the communes list (for District.communes, a fetch of its own), then communes
    // with their dossier counts, and the catalogue counts (for Report).
    // reform: the plan, its tasks, their statuses on 10 June, the directive count.
    expect(statements).toEqual({ district: 5, commune: 3, reform: 4 });
    // district first; then commune twice (District.communes, Report) and reform in parallel;
    // then district again for `total`.
    expect(fetches).toEqual({ district: 2, commune: 2, reform: 1 });
  });

  test('asking for three windows at once costs statements per window, not per commune', async () => {
    full.resetCounters();
    const response = await full.queryGateway(`{ district(code: "018") {
      a: report(from: "2021-01-01", to: "2021-01-31") { communeLevel { dossiers { received } } byCommune { dossiers { received } } }
      b: report(from: "2021-02-01", to: "2021-02-28") { communeLevel { dossiers { received } } byCommune { dossiers { received } } }
      c: report(from: "2021-03-01", to: "2021-03-31") { communeLevel { dossiers { received } } byCommune { dossiers { received } } } } }`);
    expect(response.body.errors).toBeUndefined();
    expect(full.statements().commune).toBe(3 * 2);
  });
});
