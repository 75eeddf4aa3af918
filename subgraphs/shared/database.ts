import { mkdirSync } from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { DataSource, type EntitySchema, type Logger, type MigrationInterface, type MixedList } from 'typeorm';
import { statsStatementTimeoutMs, type DatabaseConfig } from './config';
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
async function onServer(config: MysqlConfig, statement: string): Promise<void> {
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({
    host: config.host,
    port: config.port,
    user: config.username,
    password: config.password,
  });
  try {
    await connection.query(statement);
  } finally {
    await connection.end();
  }
}

/** Creates the MySQL database if it is missing: each subgraph owns one, created on first start. */
function ensureMysqlDatabase(config: MysqlConfig): Promise<void> {
  return onServer(
    config,
    `CREATE DATABASE IF NOT EXISTS \`${config.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
}

/** Drops a subgraph's MySQL database (tests rebuilding their own data). */
export function dropMysqlDatabase(config: MysqlConfig): Promise<void> {
  return onServer(config, `DROP DATABASE IF EXISTS \`${config.database}\``);
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
    dataSource = new DataSource({
      type: 'mysql',
      host: config.host,
      port: config.port,
      username: config.username,
      password: config.password,
      database: config.database,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      dateStrings: ['DATE'],
      supportBigNumbers: true,
      entities: options.entities,
      migrations: options.migrations,
      logger: options.logger,
      logging: options.logger ? ['query', 'error'] : false,
    });
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
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await reader.close();
    return destroy();
  };
  return dataSource;
}
