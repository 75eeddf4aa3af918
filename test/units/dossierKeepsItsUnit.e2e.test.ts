import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { seedCommune } from '../../subgraphs/commune/seed/seedCommune';
import { RECEIVING_PERIOD_SQL } from '../../subgraphs/desk/units/receivingPeriod';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { seedDistrict } from '../../subgraphs/district/seed/seedDistrict';
import { openDatabase } from '../../subgraphs/shared/database';
import { seedVariant } from '../support/seedVariant';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';
import { tokenFor } from '../support/tokens';

/** Days around both changes at the desks of each day: 00541 named Dương Hà, Thiên Đức, the new Phù Đổng. */
const AROUND_THE_CHANGES = [
  {
    from: '2024-12-30',
    to: '2024-12-31',
    received: 40,
    units: [
      { code: '00541', weight: 1 },
      { code: '00538', weight: 1 },
    ],
  },
  { from: '2025-06-30', to: '2025-06-30', received: 20, units: [{ code: '00541', weight: 1 }] },
  { from: '2025-07-01', to: '2025-07-02', received: 30, units: [{ code: '00541', weight: 1 }] },
];

const DOSSIERS = `query ($from: Date!, $to: Date!, $first: Int = 1) { commune(code: "00541") {
  dossiers(filter: { receivedFrom: $from, receivedTo: $to }, first: $first) {
    edges { node { receivedOn receivedBy { id name validFrom validTo } } }
  } } }`;
const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) {
  dossier { receivedBy { id name } procedure { code level } } } }`;
const RECORD_DISTRICT = `mutation($e: DeskEventInput!) { recordDistrictDeskEvent(event: $e) { dossierCode } }`;

describe('a dossier keeps the unit (code and period) that received it', () => {
  let supergraph: RunningSupergraph;
  let commune: DataSource;
  let integrator: string;
  const commune541 = () => tokenFor('desk', { unitCode: '00541', subject: 'mot-cua-phu-dong' });

  beforeAll(async () => {
    const communeDb = testDatabase('commune', 'keepsunit');
    const districtDb = testDatabase('district', 'keepsunit');
    await seedVariant(communeDb, communeSubgraph, (ds) => seedCommune(ds, { periods: AROUND_THE_CHANGES }));
    await seedVariant(districtDb, districtSubgraph, (ds) =>
      seedDistrict(ds, { periods: [{ from: '2025-06-30', to: '2025-06-30', received: 5 }] }),
    );
    supergraph = await startSupergraph({ commune: communeDb, district: districtDb });
    commune = await openDatabase(communeDb, communeSubgraph);
    integrator = await tokenFor('integrator', { subject: 'keeps-unit' });
  });
  afterAll(async () => {
    await supergraph?.stop();
    await commune?.destroy();
  });

  async function firstDossier(from: string, to: string) {
    const response = await supergraph.queryGateway(DOSSIERS, { from, to }, { token: integrator });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.commune.dossiers.edges[0].node;
  }

  test('00541 dossiers of 2024, early 2025 and July 2025 name three different units', async () => {
    expect(await firstDossier('2024-12-30', '2024-12-31')).toMatchObject({
      receivedBy: { id: '00541@', name: 'Xã Dương Hà', validFrom: null, validTo: '2024-12-31' },
    });
    expect(await firstDossier('2025-06-30', '2025-06-30')).toMatchObject({
      receivedBy: { id: '00541@2025-01-01', name: 'Xã Thiên Đức', validFrom: '2025-01-01', validTo: '2025-06-30' },
    });
    expect(await firstDossier('2025-07-01', '2025-07-02')).toMatchObject({
      receivedBy: { id: '00541@2025-07-01', name: 'Xã Phù Đổng', validFrom: '2025-07-01', validTo: null },
    });
  });

  test('statements per page do not depend on how many dossiers or units it shows', async () => {
    const costs = [];
    for (const first of [1, 100]) {
      supergraph.resetCounters();
      const response = await supergraph.queryGateway(
        DOSSIERS,
        { from: '2024-12-30', to: '2025-07-02', first },
        { token: integrator },
      );
      const units = new Set(response.body.data.commune.dossiers.edges.map((e: any) => e.node.receivedBy.id));
      expect(units.size).toBe(first === 1 ? 1 : 3);
      costs.push(supergraph.statements().commune);
    }
    expect(costs[1]).toBe(costs[0]);
  });

  test('the stored period is what the backfill of a database seeded before it computes', async () => {
    const periods = () =>
      commune.query(
        `SELECT unit_code AS code, unit_valid_from AS "from", COUNT(*) AS n FROM dossier
         GROUP BY unit_code, unit_valid_from ORDER BY unit_code, unit_valid_from`,
      );
    const seeded = (await periods()).map((r: any) => [r.code, r.from, Number(r.n)]);
    expect(seeded.map(([code, from]: any) => [code, from])).toEqual([
      ['00538', null],
      ['00541', null],
      ['00541', '2025-01-01'],
      ['00541', '2025-07-01'],
    ]);
    expect(
      seeded
        .filter(([code]: any) => code === '00541')
        .slice(1)
        .map((r: any) => r[2]),
    ).toEqual([20, 30]);
    await commune.query('UPDATE dossier SET unit_valid_from = NULL');
    await commune.query(`UPDATE dossier SET unit_valid_from = ${RECEIVING_PERIOD_SQL('dossier')}`);
    expect((await periods()).map((r: any) => [r.code, r.from, Number(r.n)])).toEqual(seeded);
  });

  test('a desk event records the period; a unit that named nothing that day receives nothing', async () => {
    const desk = await commune541();
    const event = (eventId: string, at: string, procedureCode: string, unitCode = '00541') => ({
      eventId,
      unitCode,
      type: 'RECEIVED',
      at,
      reference: eventId,
      procedureCode,
      channel: 'IN_PERSON',
      applicantType: 'CITIZEN',
    });
    // A procedure the district desk handled until 2025-06-30, received by the new Phù Đổng.
    const moved = await supergraph.queryGateway(
      RECORD,
      { e: event('pd-1', '2025-07-02T09:00:00+07:00', '1.002784') },
      { token: desk },
    );
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data.recordCommuneDeskEvent.dossier).toEqual({
      receivedBy: { id: '00541@2025-07-01', name: 'Xã Phù Đổng' },
      procedure: { code: '1.002784', level: 'COMMUNE' },
    });
    const code = (r: any) => [r.body.errors?.[0]?.extensions?.code, r.body.errors?.[0]?.message];
    const early = await supergraph.queryGateway(
      RECORD,
      { e: event('pd-2', '2025-06-30T09:00:00+07:00', '1.002784') },
      { token: desk },
    );
    expect(code(early)).toEqual([
      'BAD_USER_INPUT',
      'procedure 1.002784 is not a commune-level procedure on 2025-06-30',
    ]);
    const retiredDesk = await tokenFor('desk', { unitCode: '00538', subject: 'mot-cua-dinh-xuyen' });
    const retired = await supergraph.queryGateway(
      RECORD,
      { e: event('dx-1', '2025-02-03T09:00:00+07:00', '1.001193', '00538') },
      { token: retiredDesk },
    );
    expect(code(retired)).toEqual([
      'BAD_USER_INPUT',
      'unit 00538 named no administrative unit on 2025-02-03: no desk of it could receive a dossier that day',
    ]);
    const districtDesk = await tokenFor('desk', { unitCode: '018', subject: 'mot-cua-gia-lam' });
    const closed = await supergraph.queryGateway(
      RECORD_DISTRICT,
      { e: event('gl-1', '2025-07-02T09:00:00+07:00', '1.002784', '018') },
      { token: districtDesk },
    );
    expect(code(closed)).toEqual([
      'BAD_USER_INPUT',
      'procedure 1.002784 is not a district-level procedure on 2025-07-02',
    ]);
  });
});
