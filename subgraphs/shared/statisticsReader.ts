import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from './config';
import { RequestAbandonedError, StatementTimeoutError } from './errors';
import { requestSignal } from './requestSignal';
import { statementObserverOf } from './observability/sqlObservation';
import { readSource } from './replicaReads';
import { SqliteReadPool } from './sqliteReadPool';

/**
 * How a subgraph runs its statistics statements (the rollup reads behind `report` and
 * `breakdown`): each under a time limit the server enforces, and stopped when the request that
 * asked for it is abandoned (requestSignal.ts), so no request can keep the database busy longer
 * than STATS_STATEMENT_TIMEOUT_MS, nor after its client gave up.
 *
 * - MariaDB: `SET STATEMENT max_statement_time=<s> FOR SELECT ...`; MySQL: the
 *   `MAX_EXECUTION_TIME(<ms>)` optimizer hint. An abandoned statement is ended with
 *   `KILL QUERY <its connection>`, and that connection is closed rather than reused.
 * - SQLite in a file: on worker threads (sqliteReadPool.ts), so the event loop that answers
 *   `/health` and desk writes never waits for a statistic.
 * - SQLite in memory (`DATA_DIR=:memory:`): a second connection cannot see the data, so
 *   statements run in-thread, without a time limit; an abandoned request runs no further statement.
 *
 * Every statement is counted by the data source's logger, wherever it runs.
 */
export interface StatisticsReader {
  kind: 'mariadb' | 'mysql' | 'sqlite-worker' | 'sqlite-in-thread';
  timeoutMs: number;
  /** The worker pool on SQLite in a file (tests read its counters and hold its statements). */
  pool?: SqliteReadPool;
  /** Test hook on MariaDB/MySQL: each statement also sleeps this long on the server (a slow statement on demand). */
  testSleepSeconds?: number;
  query(sql: string, params: unknown[], signal?: AbortSignal): Promise<any[]>;
  close(): Promise<void>;
}

const readers = new WeakMap<DataSource, StatisticsReader>();

/** Statistics workers per SQLite subgraph: two statements at once on a 2-core machine. */
const SQLITE_WORKERS = 2;

/** Sets up `ds`'s reader once it is initialized (the server's version tells MariaDB from MySQL). */
export async function attachStatisticsReader(
  ds: DataSource,
  config: DatabaseConfig,
  timeoutMs: number,
): Promise<StatisticsReader> {
  let reader: StatisticsReader;
  if (config.kind === 'mysql') reader = mysqlReader(ds, await serverKind(ds), timeoutMs);
  else if (config.file === ':memory:') reader = inThreadReader(ds, timeoutMs);
  else reader = workerReader(ds, config.file, timeoutMs);
  readers.set(ds, reader);
  return reader;
}

export function statisticsReader(ds: DataSource): StatisticsReader | undefined {
  return readers.get(ds);
}

/**
 * A short read that belongs with the statistics (the units' rollup counters): on a read replica
 * when there are some (replicaReads.ts), in the same read session as the figures; else `ds.query`.
 */
export async function statisticsSideQuery(ds: DataSource, sql: string, params: unknown[]): Promise<any[]> {
  const source = await readSource(ds);
  if (source === ds) return ds.query(sql, params);
  const observer = statementObserverOf(ds);
  return observer ? observer.around(sql, () => source.query(sql, params)) : source.query(sql, params);
}

/** Runs one statistics statement for the current request. */
export function statisticsQuery(ds: DataSource, sql: string, params: unknown[]): Promise<any[]> {
  const reader = readers.get(ds);
  return reader ? reader.query(sql, params, requestSignal()) : ds.query(sql, params);
}

function inThreadReader(ds: DataSource, timeoutMs: number): StatisticsReader {
  return {
    kind: 'sqlite-in-thread',
    timeoutMs,
    async query(sql, params, signal) {
      if (signal?.aborted) throw new RequestAbandonedError();
      return ds.query(sql, params);
    },
    async close() {},
  };
}

function workerReader(ds: DataSource, file: string, timeoutMs: number): StatisticsReader {
  const pool = new SqliteReadPool(file, SQLITE_WORKERS, timeoutMs);
  return {
    kind: 'sqlite-worker',
    pool,
    get timeoutMs() {
      return pool.timeoutMs;
    },
    set timeoutMs(ms: number) {
      pool.timeoutMs = ms;
    },
    query(sql, params, signal) {
      ds.logger.logQuery(sql, params);
      const observer = statementObserverOf(ds);
      return observer ? observer.around(sql, () => pool.run(sql, params, signal)) : pool.run(sql, params, signal);
    },
    close: () => pool.close(),
  };
}

/** Server errors of a statement stopped by its time limit: MariaDB's 1969, MySQL's 3024. */
const TIMED_OUT = new Set([1969, 3024]);

/**
 * MariaDB or MySQL, from the server's full version string (TypeORM keeps only its digits). MariaDB
 * ignores MySQL's hint without a word, so the wrong guess would leave statements unlimited.
 * Asked on the driver's pool, outside the statement counter.
 */
async function serverKind(ds: DataSource): Promise<'mariadb' | 'mysql'> {
  const version = await new Promise<string>((resolve, reject) =>
    (ds.driver as any).pool.query('SELECT VERSION() AS version', (error: Error | null, rows: { version: string }[]) =>
      error ? reject(error) : resolve(rows[0].version),
    ),
  );
  return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
}

function mysqlReader(ds: DataSource, kind: 'mariadb' | 'mysql', timeoutMs: number): StatisticsReader {
  const reader: StatisticsReader = {
    kind,
    timeoutMs,
    async query(sql, params, signal) {
      if (signal?.aborted) throw new RequestAbandonedError();
      const source = await readSource(ds);
      if (source === ds) return runLimited(reader, ds, sql, params, signal);
      const observer = statementObserverOf(ds);
      const run = () => runLimited(reader, source, sql, params, signal);
      return observer ? observer.around(sql, run) : run();
    },
    async close() {},
  };
  return reader;
}

/** One statement on `source` (the primary or a replica) under the reader's limit, ended if its request is abandoned. */
async function runLimited(
  reader: StatisticsReader,
  source: DataSource,
  sql: string,
  params: unknown[],
  signal: AbortSignal | undefined,
): Promise<any[]> {
  const runner = source.createQueryRunner();
  const connection = await runner.connect();
  let killed = false;
  const kill = () => {
    killed = true;
    // On another pool connection, outside the statement counter: the statement's own one is busy.
    (source.driver as any).pool.query(`KILL QUERY ${Number(connection.threadId)}`, () => {});
  };
  signal?.addEventListener('abort', kill, { once: true });
  try {
    return await runner.query(limited(reader, sql), params);
  } catch (error) {
    if (killed) throw new RequestAbandonedError();
    const errno = (error as any)?.driverError?.errno ?? (error as any)?.errno;
    throw TIMED_OUT.has(errno) ? new StatementTimeoutError(reader.timeoutMs) : error;
  } finally {
    signal?.removeEventListener('abort', kill);
    // A KILL may still be on its way: that connection never serves another statement.
    if (killed) {
      (runner as any).databaseConnection = undefined;
      connection.destroy();
    }
    await runner.release();
  }
}

/** The statement with the server-side limit of this server kind. */
function limited(reader: StatisticsReader, statement: string): string {
  const sql = reader.testSleepSeconds
    ? `SELECT t.* FROM (${statement}) t CROSS JOIN (SELECT SLEEP(${Number(reader.testSleepSeconds)}) AS slept) s`
    : statement;
  if (reader.kind === 'mariadb') return `SET STATEMENT max_statement_time=${reader.timeoutMs / 1000} FOR ${sql}`;
  return sql.replace(/^\s*SELECT\b/i, `SELECT /*+ MAX_EXECUTION_TIME(${reader.timeoutMs}) */`);
}
