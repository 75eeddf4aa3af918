import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { openDatabase } from '../../subgraphs/shared/database';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';

// Counted by hand from the seed's procedures.csv files: district procedures in force on
// 2025-06-30 (and still on 2025-07-01): 266 of 272; commune procedures: 151 of 155.
const DISTRICT_IN_FORCE = 266;
const COMMUNE_IN_FORCE = 151;
// Đăng ký khai sinh có yếu tố nước ngoài: a district procedure until the district level ended.
const FOREIGN_BIRTH = '1.002784';

const CATALOGUE = `{
  before: districtProcedures(filter: { inForceOn: "2025-06-30" }, first: 0) { totalCount }
  after: districtProcedures(filter: { inForceOn: "2025-07-01" }, first: 0) { totalCount }
  communeBefore: communeProcedures(filter: { inForceOn: "2025-06-30" }, first: 0) { totalCount }
  communeAfter: communeProcedures(filter: { inForceOn: "2025-07-01" }, first: 0) { totalCount }
  every: districtProcedures(first: 0) { totalCount }
}`;

const LEVELS = `{
  district: districtProcedure(code: "${FOREIGN_BIRTH}") { procedure {
    was: level(on: "2025-06-30") now: level(on: "2025-07-01") today: level
    levelPeriods { level validFrom validTo }
  } }
  commune: communeProcedure(code: "${FOREIGN_BIRTH}") { procedure { was: level(on: "2025-06-30") today: level } }
  birth: communeProcedure(code: "1.001193") { procedure {
    was: level(on: "2021-05-19") today: level levelPeriods { level validFrom validTo }
  } }
}`;

const REPORT = `query ($from: Date!, $to: Date!) {
  district(code: "018") { report(from: $from, to: $to) {
    districtLevel { procedures } communeLevel { procedures }
  } }
}`;

describe('desks follow the map: the district procedures are the commune level from 2025-07-01', () => {
  let supergraph: RunningSupergraph;
  let commune: DataSource;
  let district: DataSource;
  beforeAll(async () => {
    supergraph = await startSupergraph();
    commune = await openDatabase(testDatabase('commune'), communeSubgraph);
    district = await openDatabase(testDatabase('district'), districtSubgraph);
  });
  afterAll(async () => {
    await supergraph?.stop();
    await commune?.destroy();
    await district?.destroy();
  });

  async function query(text: string, variables?: Record<string, unknown>) {
    const response = await supergraph.queryGateway(text, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  }

  test('each catalogue read on a day answers the level then', async () => {
    expect(await query(CATALOGUE)).toEqual({
      before: { totalCount: DISTRICT_IN_FORCE },
      after: { totalCount: 0 },
      communeBefore: { totalCount: COMMUNE_IN_FORCE },
      communeAfter: { totalCount: COMMUNE_IN_FORCE + DISTRICT_IN_FORCE },
      // Without a day the district's catalogue still lists every procedure it ever handled.
      every: { totalCount: 272 },
    });
  });

  test('a procedure keeps its level with its period; without a day, the level today', async () => {
    const periods = [
      { level: 'DISTRICT', validFrom: null, validTo: '2025-06-30' },
      { level: 'COMMUNE', validFrom: '2025-07-01', validTo: null },
    ];
    expect(await query(LEVELS)).toEqual({
      district: { procedure: { was: 'DISTRICT', now: 'COMMUNE', today: 'COMMUNE', levelPeriods: periods } },
      commune: { procedure: { was: 'DISTRICT', today: 'COMMUNE' } },
      birth: {
        procedure: {
          was: 'COMMUNE',
          today: 'COMMUNE',
          levelPeriods: [{ level: 'COMMUNE', validFrom: null, validTo: null }],
        },
      },
    });
  });

  test('procedures in force per level: the 2021 window as before, July 2025 all at the commune level', async () => {
    const level = async (from: string, to: string) => (await query(REPORT, { from, to })).district.report;
    expect(await level('2025-06-01', '2025-06-30')).toEqual({
      districtLevel: { procedures: DISTRICT_IN_FORCE },
      communeLevel: { procedures: COMMUNE_IN_FORCE },
    });
    expect(await level('2025-07-01', '2025-07-31')).toEqual({
      districtLevel: { procedures: 0 },
      communeLevel: { procedures: COMMUNE_IN_FORCE + DISTRICT_IN_FORCE },
    });
  });

  test('seeded dossiers of district procedures: at the district desk to 2025-06-30, at commune desks after', async () => {
    const districtCodes = (await district.query('SELECT code FROM admin_procedure')).map((r: any) => r.code);
    const byPeriod = async (ds: DataSource, cmp: '<' | '>=') => {
      const marks = districtCodes.map(() => '?').join(', ');
      const [row] = await ds.query(
        `SELECT COUNT(*) AS n FROM dossier WHERE received_on ${cmp} '2025-07-01' AND procedure_code IN (${marks})`,
        districtCodes,
      );
      return Number(row.n);
    };
    expect(await byPeriod(district, '>=')).toBe(0);
    expect(await byPeriod(commune, '<')).toBe(0);
    const atCommunes = await byPeriod(commune, '>=');
    const [all] = await commune.query("SELECT COUNT(*) AS n FROM dossier WHERE received_on >= '2025-07-01'");
    // A sixth of the commune desks' traffic, as the district desk's 120 a month beside 600.
    expect(atCommunes / Number(all.n)).toBeGreaterThan(0.14);
    expect(atCommunes / Number(all.n)).toBeLessThan(0.2);
  });
});
