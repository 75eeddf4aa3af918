import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { CommuneEntity } from '../../subgraphs/commune/entities/CommuneEntity';
import { readCommunes } from '../../subgraphs/commune/seed/seedCommune';
import { insertCatalogue, readCatalogue } from '../../subgraphs/desk/catalogue/catalogueSeed';
import { ProcedureEntity } from '../../subgraphs/desk/catalogue/procedureEntities';
import { repoFile } from '../../subgraphs/shared/paths';
import { DossierEntity, type Dossier } from '../../subgraphs/desk/dossiers/dossierEntity';
import { dossier, periodsKept, THE_17, THE_22, THE_4 } from './deskFixture';
import { seedVariant } from '../support/seedVariant';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';

/**
 * Hand-built desks: one dossier per unit on 2024-10-15 (22), 2025-03-10 (17) and 2025-08-05 (4,
 * resolved); one more at Đông Dư (00574) on 2024-12-10; two just outside the window. The window
 * 2024-10-01..2025-09-30 therefore holds 22 + 1 + 17 + 4 = 44 dossiers.
 */
const FIXTURE: Dossier[] = [
  ...THE_22.map((c) => dossier(c, '2024-10-15', 1)),
  dossier('00574', '2024-12-10', 2),
  ...THE_17.map((c) => dossier(c, '2025-03-10', 1)),
  ...THE_4.map((c) => dossier(c, '2025-08-05', 1, true)),
  dossier('00565', '2024-09-30', 1),
  dossier('00565', '2025-10-01', 1),
];

const COUNTS = `query ($from: Date!, $to: Date!, $counting: Counting!) {
  unitCounts(from: $from, to: $to, counting: $counting) {
    counting rule received area { id }
    rows { unit { id code name validFrom validTo } received { value estimate } resolved { value estimate } }
  }
}`;

describe('counting across a change, through the gateway', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    const config = testDatabase('commune', 'unitcounts');
    await seedVariant(config, communeSubgraph, async (ds: DataSource) => {
      await ds.getRepository(CommuneEntity).insert(readCommunes());
      await insertCatalogue(ds.manager, readCatalogue(repoFile('subgraphs', 'commune', 'seed')));
      const [procedure] = await ds.getRepository(ProcedureEntity).find({ order: { code: 'ASC' }, take: 1 });
      await ds.getRepository(DossierEntity).insert(await periodsKept(ds, FIXTURE, procedure.code));
    });
    supergraph = await startSupergraph({ commune: config });
  });
  afterAll(() => supergraph?.stop());

  async function count(from: string, to: string, counting: string) {
    // No response-cache hit: the cost of answering is what the statement test counts.
    const response = await supergraph.queryGateway(
      COUNTS,
      { from, to, counting },
      { headers: { 'cache-control': 'no-cache' } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data.unitCounts;
  }
  const byCode = (rows: any[]) => Object.fromEntries(rows.map((r) => [r.unit.code, r]));

  test('as the units were: the 22, the 17 and the 4 in their periods, total = raw count', async () => {
    const answer = await count('2024-10-01', '2025-09-30', 'AS_THEY_WERE');
    expect(answer).toMatchObject({ counting: 'AS_THEY_WERE', rule: null, received: 44, area: { id: '018@' } });
    const ids = answer.rows.map((r: any) => r.unit.id);
    const expected = [
      ...THE_22.map((c) => `${c}@`),
      ...THE_17.map((c) => (['00541', '00544', '00562', '00583', '00589'].includes(c) ? `${c}@2025-01-01` : `${c}@`)),
      ...THE_4.map((c) => `${c}@2025-07-01`),
    ];
    expect(new Set(ids)).toEqual(new Set(expected));
    expect(ids).toHaveLength(22 + 5 + 4); // the 12 unchanged units of the 17 are the same units as in 2024
    const received = Object.fromEntries(answer.rows.map((r: any) => [r.unit.id, r.received.value]));
    expect(received['00574@']).toBe(2); // Đông Dư: October and December 2024
    expect(received['00550@']).toBe(2); // Cổ Bi, unchanged until July 2025: October and March
    expect(received['00541@']).toBe(1); // Dương Hà
    expect(received['00541@2025-01-01']).toBe(1); // Thiên Đức
    expect(received['00541@2025-07-01']).toBe(1); // the new Phù Đổng
    expect(answer.rows.every((r: any) => !r.received.estimate && !r.resolved.estimate)).toBe(true);
  });

  test('onto today: four communes and two ward parts, split-dependent figures marked, same total', async () => {
    const answer = await count('2024-10-01', '2025-09-30', 'ONTO_TODAY');
    expect(answer.counting).toBe('ONTO_TODAY');
    expect(answer.rule).toMatch(/equal shares/);
    expect(answer.received).toBe(44);
    const rows = byCode(answer.rows);
    expect(Object.keys(rows).sort()).toEqual(['00136', '00145', '00541', '00562', '00565', '00577']);
    expect(answer.rows.every((r: any) => r.unit.validTo === null)).toBe(true);
    // Every one of today's units took a piece of a split unit that had dossiers: all received are estimates.
    expect(answer.rows.map((r: any) => r.received.estimate)).toEqual([true, true, true, true, true, true]);
    // Only the four communes' own August dossiers were resolved: whole, so not estimates.
    for (const code of THE_4) expect(rows[code].resolved).toEqual({ value: 1, estimate: false });
    for (const code of ['00136', '00145']) expect(rows[code].resolved).toEqual({ value: 0, estimate: false });
  });

  test('after the rearrangement nothing is estimated: the four communes are today’s units', async () => {
    for (const counting of ['AS_THEY_WERE', 'ONTO_TODAY']) {
      const answer = await count('2025-07-01', '2025-09-30', counting);
      expect(answer.rows.map((r: any) => [r.unit.id, r.received.value, r.received.estimate])).toEqual(
        THE_4.map((c) => [`${c}@2025-07-01`, 1, false]),
      );
    }
  });

  test('a Đông Dư dossier of 2024: under Đông Dư as they were, apportioned and marked onto today', async () => {
    const was = await count('2024-12-10', '2024-12-10', 'AS_THEY_WERE');
    expect(was.rows.map((r: any) => [r.unit.id, r.unit.name, r.received])).toEqual([
      ['00574@', 'Xã Đông Dư', { value: 1, estimate: false }],
    ]);
    // Đông Dư -> Bát Tràng 00583 (whole, 2025) -> split in three equal parts on 2025-07-01.
    const now = await count('2024-12-10', '2024-12-10', 'ONTO_TODAY');
    expect(now.rows.map((r: any) => [r.unit.code, r.unit.name, r.received.estimate])).toEqual([
      ['00145', 'Phường Long Biên', true],
      ['00565', 'Xã Gia Lâm', true],
      ['00577', 'Xã Bát Tràng', true],
    ]);
    expect(now.rows.reduce((n: number, r: any) => n + r.received.value, 0)).toBe(1);
    expect(now.received).toBe(1);
  });

  test('statements per request do not depend on units, lineage rows or dossiers', async () => {
    const costs = [];
    for (const [from, to] of [
      ['2024-12-10', '2024-12-10'],
      ['2024-10-01', '2025-09-30'],
    ]) {
      supergraph.resetCounters();
      await count(from, to, 'ONTO_TODAY');
      costs.push(supergraph.statements().commune);
    }
    // unit_period, unit_lineage, one grouped read of the dossiers.
    expect(costs).toEqual([3, 3]);
  });
});
