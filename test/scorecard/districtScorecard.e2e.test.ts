import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { seedCommune } from '../../subgraphs/commune/seed/seedCommune';
import { seedVariant } from '../support/seedVariant';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';
import { tokenFor } from '../support/tokens';

const CARD = 'points maximum pointsChange groups { code points metrics { code numerator denominator points } }';
const DISTRICT_CARD = `{ district(code: "018") { scorecard(period: QUARTER, key: "2021-Q3") {
  districtLevel { key previousKey version retroactive ${CARD} }
  communeLevel { ${CARD} }
  total { ${CARD} } } } }`;
const DRILL = `{ district(code: "018") { scorecard(period: QUARTER, key: "2021-Q3") { communeLevel {
  drillDown(metric: "G2.1", first: 2) { metric points maximum pointsLost
    procedures { procedureCode numerator denominator shortfall pointsLost dossiers } } } } } }`;

const metrics = (card: any) => card.groups.flatMap((g: any) => g.metrics);

/** The district's scorecard for a quarter, at each level and pooled, on the seeded Gia Lâm data. */
describe("a district's scorecard through the gateway", () => {
  let full: RunningSupergraph;
  let two: RunningSupergraph;

  beforeAll(async () => {
    const small = testDatabase('commune', 'scorecardtwo');
    await seedVariant(small, communeSubgraph, (ds) =>
      seedCommune(ds, {
        communeCodes: ['00565', '00583'],
        periods: [{ from: '2021-07-01', to: '2021-09-30', received: 600 }],
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
    const response = await supergraph.queryGateway(DISTRICT_CARD, undefined, {
      headers: { 'cache-control': 'no-cache' },
    });
    expect(response.body.errors).toBeUndefined();
    return { card: response.body.data.district.scorecard, statements: supergraph.statements() };
  }

  test("a level's procedures are those it handles on the period's last day: the district's move to the communes on 2025-07-01", async () => {
    const ask = async (key: string, day: string) => {
      const response = await full.queryGateway(`{
        district(code: "018") { scorecard(period: QUARTER, key: "${key}") {
          districtLevel { ${CARD} } communeLevel { ${CARD} } } }
        districtProcedures(filter: { inForceOn: "${day}" }) { totalCount }
        communeProcedures(filter: { inForceOn: "${day}" }) { totalCount } }`);
      expect(response.body.errors).toBeUndefined();
      const { scorecard } = response.body.data.district;
      const inForce = (card: any) => metrics(card).find((m: any) => m.code === 'G3.1').denominator;
      return [
        [inForce(scorecard.districtLevel), response.body.data.districtProcedures.totalCount],
        [inForce(scorecard.communeLevel), response.body.data.communeProcedures.totalCount],
      ];
    };
    // Each level's G3.1 denominator (procedures in force) is its catalogue's list on the quarter's last day.
    const before = await ask('2021-Q3', '2021-09-30');
    const after = await ask('2025-Q3', '2025-09-30');
    expect(before.map(([card, list]) => card === list)).toEqual([true, true]);
    expect(after.map(([card, list]) => card === list)).toEqual([true, true]);
    expect(after[0][0]).toBe(0);
    // The commune level took every procedure the district level handled in 2021 and still in force.
    expect(after[1][0]).toBeGreaterThan(before[1][0] + 200);
  });

  test('the pooled total adds the two levels fact by fact, and every total adds up', async () => {
    const { card } = await cost(full);
    expect(card.districtLevel).toMatchObject({
      key: '2021-Q3',
      previousKey: '2021-Q2',
      version: '766-2022',
      retroactive: true,
    });
    const own = new Map(metrics(card.districtLevel).map((m: any) => [m.code, m]));
    const communes = new Map(metrics(card.communeLevel).map((m: any) => [m.code, m]));
    for (const metric of metrics(card.total)) {
      const a: any = own.get(metric.code);
      const b: any = communes.get(metric.code);
      // Feedback counted "received minus dissatisfied" is floored at 0 per pool, so compare the denominators only there.
      expect(metric.denominator).toBe(a.denominator + b.denominator);
      if (metric.code !== 'G6.3') expect(metric.numerator).toBe(a.numerator + b.numerator);
    }
    for (const level of [card.districtLevel, card.communeLevel, card.total]) {
      const cents = level.groups.reduce((sum: number, g: any) => sum + Math.round(g.points * 100), 0);
      expect(Math.round(level.points * 100)).toBe(cents);
      expect(level.maximum).toBe(100);
    }
  });

  test('a district scorecard costs the same statements for 2 communes as for 22, a fixed small number', async () => {
    const big = await cost(full);
    const small = await cost(two);
    expect(small.statements).toEqual(big.statements);
    // district: the district row, its own desk's facts (dossiers, procedures, feedback) for
    // districtLevel, and again in the later fetch that pools `total`; commune: the communes'
    // facts once (communeLevel and communeFacts share them within the fetch).
    expect(big.statements).toEqual({ district: 7, commune: 3, reform: 0 });
  });

  test('the drill-down names procedures for everyone and dossiers only for integrators', async () => {
    const anonymous = (await full.queryGateway(DRILL)).body.data.district.scorecard.communeLevel.drillDown;
    expect(anonymous.procedures.length).toBeGreaterThan(0);
    expect(anonymous.procedures.every((p: any) => p.dossiers === null)).toBe(true);
    const lost = anonymous.procedures.reduce((sum: number, p: any) => sum + Math.round(p.pointsLost * 100), 0);
    expect(lost).toBe(Math.round(anonymous.pointsLost * 100));
    const integrator = await full.queryGateway(DRILL, undefined, { token: await tokenFor('integrator') });
    const procedures = integrator.body.data.district.scorecard.communeLevel.drillDown.procedures;
    expect(procedures[0].dossiers.length).toBeGreaterThan(0);
    expect(procedures[0].dossiers.length).toBeLessThanOrEqual(2);
    expect(procedures[0].dossiers[0]).toMatch(/^\d{5}-\d{6}-\d{4}$/);
  });

  test('a key not of the period shape is BAD_USER_INPUT', async () => {
    const response = await full.queryGateway(
      '{ district(code: "018") { scorecard(period: QUARTER, key: "2021-07") { districtLevel { points } } } }',
    );
    expect(response.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].message).toBe('period "2021-07" is not a QUARTER written YYYY-Qn');
  });
});
