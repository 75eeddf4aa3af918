import { readCsv } from '../subgraphs/shared/csv';
import { repoFile } from '../subgraphs/shared/paths';
import { HEADLINE_QUERY } from './support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from './support/startSupergraph';

// Every figure of the Gia Lâm report (FIGURES.md), asked through the gateway in one request.
describe('the Gia Lâm record through the gateway', () => {
  let supergraph: RunningSupergraph;
  let district: any;

  beforeAll(async () => {
    supergraph = await startSupergraph();
    const response = await supergraph.queryGateway(HEADLINE_QUERY);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    district = response.body.data.district;
  });
  afterAll(() => supergraph.stop());

  test('names the district and its 22 commune-level units in code order', () => {
    expect(district.code).toBe('018');
    expect(district.name).toBe('Huyện Gia Lâm');
    const units = readCsv(repoFile('subgraphs', 'commune', 'seed', 'units.csv')).filter((u) => u.parent_code === '018');
    expect(units).toHaveLength(22);
    expect(district.communes).toEqual(units.map((u) => ({ code: u.code, name: u.name })));
    expect(district.communes[0]).toEqual({ code: '00526', name: 'Thị trấn Yên Viên' });
  });

  test('F5, F7, F9-F11: the district level', () => {
    expect(district.report.districtLevel).toEqual({
      procedures: 262,
      simplifiedProcedures: 23,
      dossiers: { received: 12989, resolved: 12616, resolvedOnTime: 12616, inProgress: 373, onTimeRate: 100 },
    });
  });

  test('F6, F8, F12-F14: the commune level, all 22 desks together', () => {
    expect(district.report.communeLevel).toEqual({
      procedures: 148,
      simplifiedProcedures: 20,
      dossiers: { received: 61494, resolved: 61000, resolvedOnTime: 61000, inProgress: 494, onTimeRate: 100 },
    });
  });

  test('F4 and the cross-level sums: 410 procedures, 43 simplified, 74,483 dossiers', () => {
    expect(district.report.total).toEqual({
      procedures: 410,
      simplifiedProcedures: 43,
      dossiers: { received: 74483, resolved: 73616, resolvedOnTime: 73616, inProgress: 867, onTimeRate: 100 },
    });
  });

  test('byCommune has one row per unit, in code order, summing to the commune level', () => {
    const rows = district.report.byCommune;
    expect(rows.map((r: any) => r.commune)).toEqual(district.communes);
    const sum = (field: string) => rows.reduce((s: number, r: any) => s + r.dossiers[field], 0);
    expect(sum('received')).toBe(61494);
    expect(sum('resolved')).toBe(61000);
    expect(sum('resolvedOnTime')).toBe(61000);
    expect(sum('inProgress')).toBe(494);
    // A realistic spread: every desk busy, the busiest (a town) several times the quietest.
    const received = rows.map((r: any) => r.dossiers.received);
    expect(Math.min(...received)).toBeGreaterThan(500);
    expect(Math.max(...received)).toBeGreaterThan(3 * Math.min(...received));
  });

  test('F1-F3: the reform plan', () => {
    expect(district.reformPlan).toEqual({
      taskCount: 21,
      progress: { total: 21, completed: 12, completionRate: 57.14 },
      directiveCount: 34,
    });
  });

  test('F4-F8 hold on the report date itself (19 May 2021)', async () => {
    const response = await supergraph.queryGateway(`{
      district(code: "018") { report(from: "2020-12-16", to: "2021-05-19") {
        districtLevel { procedures simplifiedProcedures } communeLevel { procedures simplifiedProcedures }
        total { procedures simplifiedProcedures } } } }`);
    expect(response.body.data.district.report).toEqual({
      districtLevel: { procedures: 262, simplifiedProcedures: 23 },
      communeLevel: { procedures: 148, simplifiedProcedures: 20 },
      total: { procedures: 410, simplifiedProcedures: 43 },
    });
  });

  test('an unknown district code answers null, not an error', async () => {
    const response = await supergraph.queryGateway(HEADLINE_QUERY, { code: '999' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { district: null } });
  });

  test('from after to is BAD_USER_INPUT with a message saying so', async () => {
    const response = await supergraph.queryGateway(HEADLINE_QUERY, { from: '2021-06-01', to: '2021-05-31' });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].message).toBe(
      'from (2021-06-01) is after to (2021-05-31); a window needs from <= to',
    );
  });

  test('an impossible date is rejected before any subgraph is asked', async () => {
    supergraph.resetCounters();
    const response = await supergraph.queryGateway(HEADLINE_QUERY, { to: '2021-02-30' });
    expect(response.status).toBe(400);
    expect(response.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(supergraph.fetches).toEqual({});
  });

  test('a one-day window counts only that day', async () => {
    const response = await supergraph.queryGateway(`{
      district(code: "018") { report(from: "2021-05-31", to: "2021-05-31") { total { dossiers { received } } } } }`);
    const received = response.body.data.district.report.total.dossiers.received;
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(2000);
  });
});
