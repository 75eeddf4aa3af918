import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { CommuneEntity } from '../../subgraphs/commune/entities/CommuneEntity';
import { readCommunes } from '../../subgraphs/commune/seed/seedCommune';
import { insertCatalogue, readCatalogue } from '../../subgraphs/desk/catalogue/catalogueSeed';
import { DossierEntity } from '../../subgraphs/desk/dossiers/dossierEntity';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { DistrictEntity } from '../../subgraphs/district/entities/DistrictEntity';
import { openDatabase } from '../../subgraphs/shared/database';
import { repoFile } from '../../subgraphs/shared/paths';
import { seedVariant } from '../support/seedVariant';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';
import { dossier, periodsKept, THE_17, THE_22, THE_4 } from './deskFixture';

/**
 * Commune-level desks: the 22 on 2024-10-15, Đông Dư (00574) on 2024-12-10, the 17 on 2025-03-10,
 * the four new communes on 2025-08-05 (resolved), and seven dossiers of Phường Long Biên (00145,
 * not a desk of ours; 1 of its 7 pieces was Gia Lâm's) on 2025-09-10. District desk: two on
 * 2024-10-20 (one resolved) and one on 2025-06-30.
 */
const COMMUNE_DESKS = [
  ...THE_22.map((c) => dossier(c, '2024-10-15', 1)),
  dossier('00574', '2024-12-10', 2),
  ...THE_17.map((c) => dossier(c, '2025-03-10', 1)),
  ...THE_4.map((c) => dossier(c, '2025-08-05', 1, true)),
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => dossier('00145', '2025-09-10', n)),
];
const DISTRICT_DESK = [
  dossier('018', '2024-10-20', 1),
  dossier('018', '2024-10-20', 2, true),
  dossier('018', '2025-06-30', 1),
];

const AREA = `query ($from: Date!, $to: Date!) { district(code: "018") { areaThatWas(from: $from, to: $to) {
  code area { id name validTo } rule
  districtDesk { month received resolved estimate }
  communeDesks { month received resolved estimate }
  months { month received resolved estimate }
} } }`;

const month = (m: string, received = 0, resolved = 0, estimate = false) => ({ month: m, received, resolved, estimate });
const MONTHS = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
MONTHS.push('2025-07', '2025-08', '2025-09');

async function fixtureDesks(ds: DataSource, rows: typeof COMMUNE_DESKS) {
  await insertCatalogue(ds.manager, readCatalogue(repoFile('subgraphs', 'commune', 'seed'), 'COMMUNE'));
  await ds.getRepository(DossierEntity).insert(await periodsKept(ds, rows, '1.001193'));
}

describe('"the area that was Gia Lâm", month by month, through the gateway', () => {
  let hand: RunningSupergraph;
  let seeded: RunningSupergraph;
  beforeAll(async () => {
    const commune = testDatabase('commune', 'areathatwas');
    const district = testDatabase('district', 'areathatwas');
    await seedVariant(commune, communeSubgraph, async (ds) => {
      await ds.getRepository(CommuneEntity).insert(readCommunes());
      await fixtureDesks(ds, COMMUNE_DESKS);
    });
    await seedVariant(district, districtSubgraph, async (ds) => {
      await ds.getRepository(DistrictEntity).insert({ code: '018', name: 'Huyện Gia Lâm', provinceCode: '01' });
      await fixtureDesks(ds, DISTRICT_DESK);
    });
    hand = await startSupergraph({ commune, district });
    seeded = await startSupergraph();
  });
  afterAll(async () => {
    await hand?.stop();
    await seeded?.stop();
  });

  async function area(supergraph: RunningSupergraph, from: string, to: string) {
    const response = await supergraph.queryGateway(AREA, { from, to }, { headers: { 'cache-control': 'no-cache' } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.district.areaThatWas;
  }

  test('2024-10..2025-09: the district desk until it closed, then the units it became, the ward part marked', async () => {
    const answer = await area(hand, '2024-10-01', '2025-09-30');
    expect(answer.area).toEqual({ id: '018@', name: 'Huyện Gia Lâm', validTo: '2025-06-30' });
    const only = (values: Record<string, [number, number, boolean?]>) =>
      MONTHS.map((m) => month(m, ...(values[m] ?? [0, 0])));
    expect(answer.districtDesk).toEqual(only({ '2024-10': [2, 1], '2025-06': [1, 0] }));
    // Long Biên's 7 dossiers: 1/7 of them is the area's (largest remainder: 1), an estimate.
    expect(answer.communeDesks).toEqual(
      only({ '2024-10': [22, 0], '2024-12': [1, 0], '2025-03': [17, 0], '2025-08': [4, 4], '2025-09': [1, 0, true] }),
    );
    expect(answer.months).toEqual(
      only({
        '2024-10': [24, 1],
        '2024-12': [1, 0],
        '2025-03': [17, 0],
        '2025-06': [1, 0],
        '2025-08': [4, 4],
        '2025-09': [1, 0, true],
      }),
    );
    expect(answer.months.reduce((n: number, m: any) => n + m.received, 0)).toBe(3 + 22 + 1 + 17 + 4 + 1);
  });

  test('statements per request do not depend on the window, units or lineage rows', async () => {
    const costs = [];
    for (const [from, to] of [
      ['2025-08-01', '2025-08-31'],
      ['2021-01-01', '2026-11-30'],
    ]) {
      hand.resetCounters();
      await area(hand, from, to);
      costs.push(hand.statements());
    }
    expect(costs[1]).toEqual(costs[0]);
  });

  test('the seeded series 2021-01..2026-11 is continuous: every month has dossiers, all of both desks', async () => {
    const answer = await area(seeded, '2021-01-01', '2026-11-30');
    expect(answer.months).toHaveLength(71);
    expect(answer.months.filter((m: any) => m.received === 0)).toEqual([]);
    expect(answer.months.filter((m: any) => m.estimate)).toEqual([]);
    expect(answer.districtDesk.filter((m: any) => m.month >= '2025-07' && m.received > 0)).toEqual([]);
    const raw = async (name: 'district' | 'commune') => {
      const ds = await openDatabase(testDatabase(name), name === 'district' ? districtSubgraph : communeSubgraph);
      const [row] = await ds.query(
        "SELECT COUNT(*) AS n FROM dossier WHERE received_on >= '2021-01-01' AND received_on <= '2026-11-30'",
      );
      await ds.destroy();
      return Number(row.n);
    };
    const total = answer.months.reduce((n: number, m: any) => n + m.received, 0);
    expect(total).toBe((await raw('district')) + (await raw('commune')));
  });
});
