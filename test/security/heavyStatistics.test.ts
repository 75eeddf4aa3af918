import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import { statisticsReader, type StatisticsReader } from '../../subgraphs/shared/statisticsReader';
import { deskDatabases } from '../ingestion/deskWorld';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { onMysql } from '../support/testDatabases';
import { tokenFor } from '../support/tokens';

/**
 * Time limits on statistics: a heavy statistic never stops the subgraph answering `/health` and
 * desk writes (SQLite: it runs on a worker thread), a statement past STATS_STATEMENT_TIMEOUT_MS is
 * stopped with a clear error, and a fetch the gateway gave up on stops its work in the subgraph.
 * "Heavy" is made deterministic with the readers' test hooks: on SQLite the statement waits in
 * its worker until the test releases it; on MariaDB it also sleeps on the server.
 */
const FRESH = { headers: { 'cache-control': 'no-cache' } };
/**
 * A maximal allowed statistic (README, "Bounds on statistics"): ten years, the longest window,
 * by sector and month, within the row bound. A wider one is refused before any subgraph is asked.
 */
const HEAVY = `{ district(code: "018") { report(from: "2012-01-01", to: "2021-12-31") {
  breakdown(by: [SECTOR, MONTH]) { districtLevel { key { sector month } figures { handled } } } } } }`;
const RECORD_DISTRICT = `mutation($e: DeskEventInput!) { recordDistrictDeskEvent(event: $e) { dossierCode status } }`;
const errorsOf = (body: any) => body.errors?.map((e: any) => [e.extensions?.code, e.extensions?.serviceName]);
const readerOf = (ds: DataSource): StatisticsReader => statisticsReader(ds)!;

/** A statement hold for the SQLite workers: released by the test, or never (bounded so nothing hangs). */
function holdStatements(reader: StatisticsReader, maxMs = 60_000) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  reader.pool!.hold = { flag, maxMs };
  const dispatched = once(reader.pool!.events, 'dispatch');
  return {
    /** Resolves once a statement reached a worker; fails at once if `request` answered without one. */
    dispatched: (request: Promise<unknown>) =>
      Promise.race([
        dispatched,
        request.then((answer) => {
          throw new Error(`answered before any statement reached a worker: ${JSON.stringify(answer)}`);
        }),
      ]),
    release() {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    },
  };
}

(onMysql() ? describe.skip : describe)('SQLite: heavy statistics run off the event loop', () => {
  let supergraph: RunningSupergraph;
  let reader: StatisticsReader;
  beforeAll(async () => {
    supergraph = await startSupergraph(await deskDatabases('heavystats'), { settings: { subgraphTimeoutMs: 60_000 } });
    reader = readerOf(supergraph.apps.district.dataSource);
  });
  afterAll(() => supergraph.stop());

  test('while the statistic runs, the subgraph answers /health and commits a desk write; the statistic then answers in full', async () => {
    expect(reader.kind).toBe('sqlite-worker');
    const [mode] = await supergraph.apps.district.dataSource.query('PRAGMA journal_mode');
    expect(mode.journal_mode).toBe('wal');
    const events: string[] = [];
    const hold = holdStatements(reader);
    const heavy = supergraph
      .queryGateway(HEAVY, undefined, FRESH)
      .then((response) => (events.push('statistic answered'), response));
    await hold.dispatched(heavy);
    reader.pool!.hold = undefined;

    const health = await fetch(supergraph.subgraphUrls.district.replace(/graphql$/, 'health'));
    events.push(`health ${health.status}`);
    const desk = await tokenFor('desk', { unitCode: '018', subject: 'heavy-stats-desk' });
    const written = await supergraph.queryGateway(
      RECORD_DISTRICT,
      {
        e: {
          eventId: 'hs-1',
          unitCode: '018',
          type: 'RECEIVED',
          at: '2021-07-06T09:00:00+07:00',
          reference: 'HS-1',
          procedureCode: '1.001612',
          channel: 'ONLINE',
          applicantType: 'CITIZEN',
        },
      },
      { token: desk },
    );
    expect(written.body.errors).toBeUndefined();
    const [row] = await supergraph.apps.district.dataSource.query('SELECT COUNT(*) AS n FROM dossier WHERE code = ?', [
      written.body.data.recordDistrictDeskEvent.dossierCode,
    ]);
    events.push(`write committed ${row.n}`);

    hold.release();
    const answer = await heavy;
    expect(events).toEqual(['health 200', 'write committed 1', 'statistic answered']);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.district.report.breakdown.districtLevel.length).toBeGreaterThan(0);
  });

  test('a statement past STATS_STATEMENT_TIMEOUT_MS ends its worker and the field answers SERVICE_UNAVAILABLE, not a 500', async () => {
    const terminatedBefore = reader.pool!.terminated;
    reader.timeoutMs = 50;
    try {
      const hold = holdStatements(reader);
      const request = supergraph.queryGateway(HEAVY.replace('2021-12-31', '2021-12-30'), undefined, FRESH);
      await hold.dispatched(request);
      const response = await request;
      reader.pool!.hold = undefined;
      expect(response.status).toBe(200);
      expect(errorsOf(response.body)).toEqual([['SERVICE_UNAVAILABLE', 'district']]);
      expect(response.body.errors![0].message).toMatch(/more than the 50 ms a statement may take/);
      expect(reader.pool!.terminated).toBe(terminatedBefore + 1);
    } finally {
      reader.timeoutMs = 5_000;
    }
    // A fresh worker takes the ended one's place.
    expect(
      (await supergraph.queryGateway(HEAVY.replace('2021-12-31', '2021-12-29'), undefined, FRESH)).body.errors,
    ).toBeUndefined();
  });
});

(onMysql() ? describe.skip : describe)('SQLite: a gateway timeout stops the subgraph work it gave up on', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph({}, { settings: { subgraphTimeoutMs: 300 } });
  });
  afterAll(() => supergraph.stop());

  test('the gateway answers SERVICE_UNAVAILABLE and the worker running that statement is terminated', async () => {
    const reader = readerOf(supergraph.apps.district.dataSource);
    // No statement limit in the way: only the abandoned request's abort may end that worker.
    reader.timeoutMs = 120_000;
    const hold = holdStatements(reader, 10_000);
    const settled = once(reader.pool!.events, 'settle');
    const request = supergraph.queryGateway(HEAVY, undefined, FRESH);
    await hold.dispatched(request);
    const response = await request;
    reader.pool!.hold = undefined;
    expect(errorsOf(response.body)).toEqual([['SERVICE_UNAVAILABLE', 'district']]);
    // The hold is never released; without the abort the statement would settle when it gives up.
    await settled;
    expect(reader.pool!.terminated).toBe(1);
  });
});

(onMysql() ? describe : describe.skip)('MariaDB/MySQL: statistics statements under a server-side limit', () => {
  let supergraph: RunningSupergraph;
  let reader: StatisticsReader;
  const running = async (marker: string) => {
    const rows: { Info: string | null }[] = await supergraph.apps.reform.dataSource.query('SHOW FULL PROCESSLIST');
    return rows.filter((r) => r.Info?.includes(marker) && !r.Info.includes('PROCESSLIST')).length;
  };
  beforeAll(async () => {
    supergraph = await startSupergraph({}, { settings: { subgraphTimeoutMs: 500 } });
    reader = readerOf(supergraph.apps.district.dataSource);
  });
  afterAll(() => supergraph.stop());

  test('a statement over the limit is stopped by the server and the field answers SERVICE_UNAVAILABLE', async () => {
    expect(['mariadb', 'mysql']).toContain(reader.kind);
    reader.timeoutMs = 1;
    reader.testSleepSeconds = 5;
    try {
      const response = await supergraph.queryGateway(HEAVY.replace('2021-12-31', '2021-12-28'), undefined, FRESH);
      expect(errorsOf(response.body)).toEqual([['SERVICE_UNAVAILABLE', 'district']]);
      expect(response.body.errors![0].message).toMatch(/more than the 1 ms a statement may take/);
    } finally {
      reader.timeoutMs = 5_000;
      reader.testSleepSeconds = undefined;
    }
  });

  test("after a gateway timeout, the server is no longer running that request's statement", async () => {
    // No statement limit in the way: only the abandoned request's KILL may end the statement.
    reader.timeoutMs = 120_000;
    reader.testSleepSeconds = 30;
    try {
      const response = await supergraph.queryGateway(HEAVY.replace('2021-12-31', '2021-12-27'), undefined, FRESH);
      expect(errorsOf(response.body)).toEqual([['SERVICE_UNAVAILABLE', 'district']]);
    } finally {
      reader.timeoutMs = 5_000;
      reader.testSleepSeconds = undefined;
    }
    // The KILL is on its way when the gateway answers; wait for it (the sleep alone lasts 30 s).
    let left = await running('SLEEP(30)');
    for (let tries = 0; left > 0 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = await running('SLEEP(30)');
    }
    expect(left).toBe(0);
  });
});
