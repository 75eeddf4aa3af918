import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { openDatabase } from '../../subgraphs/shared/database';
import { importEvents } from '../../subgraphs/desk/events/importEvents';
import { readEventFile } from '../../subgraphs/desk/events/readEventFile';
import { deskDatabases } from '../ingestion/deskWorld';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';

/**
 * The subgraphs remember statistic answers under the rollup counters of the units they cover
 * (answerMemo.ts). Asked again with no write in between, a report costs only the counters;
 * after a write through the API, or an import from another connection, the figures are new.
 * Every query bypasses the gateway's response cache (no-cache), so only the subgraphs' memo is
 * at work.
 */
const REPORT = `query Report($from: Date!, $to: Date!) { district(code: "018") { report(from: $from, to: $to) {
  districtLevel { dossiers { received inProgress } } communeLevel { dossiers { received inProgress } }
  breakdown(by: [UNIT]) { communeLevel { key { unitCode } figures { receivedNew inProgress } } } } } }`;
const WEEK = { from: '2021-07-05', to: '2021-07-09' };
const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { status } }`;

describe('statistics remembered by the subgraphs between writes', () => {
  let supergraph: RunningSupergraph;
  let desk: string;
  let databases: Awaited<ReturnType<typeof deskDatabases>>;
  const ask = async () => {
    supergraph.resetCounters();
    const response = await supergraph.queryGateway(REPORT, WEEK, { headers: { 'cache-control': 'no-cache' } });
    expect(response.body.errors).toBeUndefined();
    return { report: response.body.data.district.report, statements: supergraph.statements() };
  };
  const bac = (report: any) => report.breakdown.communeLevel.find((r: any) => r.key.unitCode === '00583').figures;

  beforeAll(async () => {
    databases = await deskDatabases('memo');
    supergraph = await startSupergraph(databases);
    desk = await tokenFor('desk', { unitCode: '00583', subject: 'mot-cua-bat-trang' });
  });
  afterAll(() => supergraph.stop());

  test('the same report again costs only the rollup counters, and answers the same', async () => {
    const first = await ask();
    const second = await ask();
    expect(second.report).toEqual(first.report);
    // commune, first time: the communes with their counters, the counts, the catalogue, the
    // breakdown; then only the counters (once per loader: report and breakdown).
    expect(first.statements.commune).toBe(5);
    expect(second.statements.commune).toBe(2);
    // district: its row, the counters, the counts and the catalogue; then its row and the counters.
    expect(first.statements.district).toBe(4);
    expect(second.statements.district).toBe(2);
  });

  test('a desk event through the API shows in the next answer, at its commune only', async () => {
    const before = await ask();
    const write = await supergraph.queryGateway(
      RECORD,
      {
        e: {
          eventId: 'memo-1',
          unitCode: '00583',
          type: 'RECEIVED',
          at: '2021-07-06T09:00:00+07:00',
          reference: 'BT-MEMO-01',
          procedureCode: '1.001193',
          channel: 'IN_PERSON',
          applicantType: 'CITIZEN',
          applicantName: 'Nguyễn Văn B',
        },
      },
      { token: desk },
    );
    expect(write.body.errors).toBeUndefined();
    const after = await ask();
    expect(after.report.communeLevel.dossiers.received).toBe(before.report.communeLevel.dossiers.received + 1);
    expect(after.report.communeLevel.dossiers.inProgress).toBe(before.report.communeLevel.dossiers.inProgress + 1);
    expect(bac(after.report).receivedNew).toBe(bac(before.report).receivedNew + 1);
    expect(after.report.districtLevel).toEqual(before.report.districtLevel);
    // Recomputed (not a counters-only answer), then remembered again.
    expect(after.statements.commune).toBeGreaterThan(2);
    expect((await ask()).statements.commune).toBe(2);
  });

  test('an import through another connection (as the import command does) shows in the next answer', async () => {
    const before = await ask();
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'onestop-memo-')), 'events.csv');
    writeFileSync(
      file,
      [
        'eventId,type,at,reference,dossierCode,procedureCode,channel,applicantType,applicantName,applicantIdNumber,note',
        'memo-i1,RECEIVED,2021-07-07T08:00:00+07:00,MI1,,1.001193,IN_PERSON,CITIZEN,,,',
        'memo-i2,RECEIVED,2021-07-07T08:10:00+07:00,MI2,,1.001193,ONLINE,CITIZEN,,,',
      ].join('\n'),
    );
    const other = await openDatabase(databases.commune, communeSubgraph);
    try {
      const report = await importEvents(other, 'COMMUNE', readEventFile(file, '00583'));
      expect(report.imported).toBe(2);
    } finally {
      await other.destroy();
    }
    const after = await ask();
    expect(after.report.communeLevel.dossiers.received).toBe(before.report.communeLevel.dossiers.received + 2);
    expect(bac(after.report).receivedNew).toBe(bac(before.report).receivedNew + 2);
  });
});
