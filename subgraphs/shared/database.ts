import { mkdirSync } from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import {
  DataSource,
  type DataSourceOptions as TypeormOptions,
  type EntitySchema,
  type Logger,
  type MigrationInterface,
  type MixedList,
} from 'typeorm';
import { ConfigError, replicaWaitMs, statsStatementTimeoutMs, type DatabaseConfig, type MysqlServer } from './config';
import { attachReplicaReads, primaryPosition, ReplicaReads } from './replicaReads';
import { attachStatisticsReader } from './statisticsReader';

/** A TypeORM migration class, as the subgraphs list them. */
export type MigrationClass = new () => MigrationInterface;

export interface DataSourceOptions {
  entities: MixedList<EntitySchema<any>>;
  migrations: MixedList<MigrationClass>;
  logger?: Logger;
}

type MysqlConfig = Extract<DatabaseConfig, { kind: 'mysql' }>;

/** One statement on the server itself, outside any database (the name comes from validated config). */
async function onServer(config: MysqlServer, statement: string, params: unknown[] = []): Promise<any[]> {
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({
    host: config.host,
    port: config.port,
    user: config.username,
    password: config.password,
  });
  try {
    return (await connection.query(statement, params))[0] as any[];
  } finally {
    await connection.end();
  }
}

/** Creates the MySQL database if it is missing: each subgraph owns one, created on first start. */
async function ensureMysqlDatabase(config: MysqlConfig): Promise<void> {
  await onServer(
    config,
    `CREATE DATABASE IF NOT EXISTS \`${config.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
}

/** Drops a subgraph's MySQL database (tests rebuilding their own data). */
export async function dropMysqlDatabase(config: MysqlConfig): Promise<void> {
  await onServer(config, `DROP DATABASE IF EXISTS \`${config.database}\``);
}

/** TypeORM's options for a MySQL database on `server` (the primary, or a replica of it). */
function mysqlOptions(server: MysqlServer, database: string, options: DataSourceOptions): TypeormOptions {
  return {
    type: 'mysql',
    host: server.host,
    port: server.port,
    username: server.username,
    password: server.password,
    database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    entities: options.entities,
    migrations: options.migrations,
    logger: options.logger,
    logging: options.logger ? ['query', 'error'] : false,
  };
}

/** How long a replica may take at start to apply what the primary has (schema, seed): one minute. */
const REPLICA_START_WAIT_S = 60;

/**
 * The primary's read replicas, each opened once it has applied the primary's migrations (their
 * database and tables come to it by replication). Their statements are counted by the same
 * logger as the primary's. A replica that cannot catch up is a startup error, not a silent stale one.
 */
async function openReplicas(
  ds: DataSource,
  config: MysqlConfig,
  kind: 'mariadb' | 'mysql',
  options: DataSourceOptions,
) {
  const position = await primaryPosition(ds, kind);
  if (!position)
    throw new ConfigError(
      'DATABASE_REPLICA_URLS needs a primary that writes a binary log with GTIDs (log_bin, gtid_mode)',
    );
  const wait = kind === 'mariadb' ? 'MASTER_GTID_WAIT' : 'WAIT_FOR_EXECUTED_GTID_SET';
  const replicas: DataSource[] = [];
  for (const server of config.replicas ?? []) {
    const [row] = await onServer(server, `SELECT ${wait}(?, ?) AS waited`, [position, REPLICA_START_WAIT_S]);
    if (Number(Object.values(row)[0]) !== 0)
      throw new ConfigError(
        `the replica at ${server.host}:${server.port} (DATABASE_REPLICA_URLS) has not applied the primary's position ${position} within ${REPLICA_START_WAIT_S} s`,
      );
    const replica = new DataSource({ ...mysqlOptions(server, config.database, options), entities: [], migrations: [] });
    replicas.push(await replica.initialize());
  }
  return new ReplicaReads(ds, replicas, kind, replicaWaitMs());
}

/**
 * Opens a subgraph's database and brings its schema up to date with its migrations.
 * Timestamps are stored in UTC; calendar days (Vietnam time) are stored as DATE columns and
 * read back as 'YYYY-MM-DD' strings, so no server time zone can shift a dossier's day.
 */
export async function openDatabase(config: DatabaseConfig, options: DataSourceOptions): Promise<DataSource> {
  let dataSource: DataSource;
  if (config.kind === 'mysql') {
    await ensureMysqlDatabase(config);
    dataSource = new DataSource(mysqlOptions(config, config.database, options));
  } else {
    if (config.file !== ':memory:') mkdirSync(path.dirname(config.file), { recursive: true });
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: config.file,
      // WAL lets readers (the statistics workers, a seed's or import's readers) go on while another connection writes.
      enableWAL: config.file !== ':memory:',
      entities: options.entities,
      migrations: options.migrations,
      logger: options.logger,
      logging: options.logger ? ['query', 'error'] : false,
    });
  }
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  // Statistics statements run under a time limit, on SQLite off the event loop (statisticsReader.ts).
  const reader = await attachStatisticsReader(dataSource, config, statsStatementTimeoutMs());
  const replicas =
    config.kind === 'mysql' && config.replicas?.length
      ? await openReplicas(dataSource, config, reader.kind as 'mariadb' | 'mysql', options)
      : undefined;
  if (replicas) attachReplicaReads(dataSource, replicas);
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await replicas?.close();
    await reader.close();
    return destroy();
  };
  return dataSource;
}
