import path from 'node:path';
import { repoRoot } from './paths';

export type SubgraphName = 'district' | 'commune' | 'reform';
export const SUBGRAPH_NAMES: readonly SubgraphName[] = ['district', 'commune', 'reform'];

/** A MySQL/MariaDB server to log in to: the primary, or one of its read replicas. */
export interface MysqlServer {
  host: string;
  port: number;
  username: string;
  password: string;
}

export type DatabaseConfig =
  { kind: 'sqlite'; file: string } | (MysqlServer & { kind: 'mysql'; database: string; replicas?: MysqlServer[] });

const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  district: 4001,
  commune: 4002,
  reform: 4003,
};

/** Thrown for a configuration the process cannot start with; the message says which variable. */
export class ConfigError extends Error {}

/**
 * Where a subgraph keeps its data. `DATABASE_URL=mysql://user:pass@host:port` puts every
 * subgraph on that server, each in its own database `<DB_PREFIX>_<subgraph>`; otherwise each
 * gets its own SQLite file `<DATA_DIR>/<subgraph>.sqlite` (`DATA_DIR=:memory:` keeps it in memory).
 */
export function databaseConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const prefix = env.DB_PREFIX || 'onestop';
  if (!/^[A-Za-z0-9_]{1,40}$/.test(prefix)) {
    throw new ConfigError(`DB_PREFIX must be 1-40 letters, digits or underscores, got "${prefix}"`);
  }
  const url = env.DATABASE_URL;
  if (url)
    return {
      kind: 'mysql',
      ...mysqlServer('DATABASE_URL', url),
      database: `${prefix}_${name}`,
      replicas: replicaServers(env),
    };
  if (env.DATABASE_REPLICA_URLS)
    throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL (replicas of a MySQL/MariaDB primary)');
  const dataDir = env.DATA_DIR || path.join(repoRoot(), 'data');
  return { kind: 'sqlite', file: dataDir === ':memory:' ? ':memory:' : path.join(dataDir, `${name}.sqlite`) };
}

function mysqlServer(variable: string, url: string): MysqlServer {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`${variable} is not a URL (expected mysql://user:pass@host:port)`);
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new ConfigError(`${variable} must start with mysql:// (got ${parsed.protocol}//)`);
  }
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
  };
}

/**
 * DATABASE_REPLICA_URLS: comma-separated mysql:// URLs of read replicas of DATABASE_URL's server
 * (GTID replication). Statistics reads go to them (replicaReads.ts); every write goes to the primary.
 */
function replicaServers(env: NodeJS.ProcessEnv): MysqlServer[] | undefined {
  const list = env.DATABASE_REPLICA_URLS;
  if (!list) return undefined;
  return list.split(',').map((url) => mysqlServer('DATABASE_REPLICA_URLS', url.trim()));
}

function portFrom(value: string | undefined, fallback: number, variable: string): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${variable} must be a port number, got "${value}"`);
  }
  return port;
}

/** Port a service listens on: GATEWAY_PORT (or PORT), DISTRICT_PORT, COMMUNE_PORT, REFORM_PORT. */
export function servicePort(name: SubgraphName | 'gateway', env: NodeJS.ProcessEnv = process.env): number {
  const variable = `${name.toUpperCase()}_PORT`;
  const value = env[variable] ?? (name === 'gateway' ? env.PORT : undefined);
  return portFrom(value, DEFAULT_PORTS[name], variable);
}

/** URL the gateway uses to reach a subgraph: DISTRICT_URL, COMMUNE_URL, REFORM_URL. */
export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${name.toUpperCase()}_URL`] || `http://localhost:${servicePort(name, env)}/graphql`;
}

const MODES = ['production', 'development', 'test'] as const;

/**
 * NODE_ENV is `production`, `development` or `test`, or unset; anything else is refused rather
 * than guessed at. Unset is development defaults on this machine only: see serviceHost().
 */
export function runMode(env: NodeJS.ProcessEnv = process.env): (typeof MODES)[number] | 'unset' {
  const mode = env.NODE_ENV;
  if (mode === undefined || mode === '') return 'unset';
  if (!(MODES as readonly string[]).includes(mode))
    throw new ConfigError(`NODE_ENV must be production, development or test, got "${mode}"`);
  return mode as (typeof MODES)[number];
}

/**
 * STATS_STATEMENT_TIMEOUT_MS (default 8000): the longest one statistics statement may run. The
 * database stops it (MariaDB's max_statement_time, MySQL's MAX_EXECUTION_TIME); on SQLite its
 * worker thread is ended. The field then answers SERVICE_UNAVAILABLE. Below the gateway's 10 s
 * subgraph timeout, so a client hears the clearer of the two; above what the largest allowed
 * statistic (README, "Bounds on statistics") takes on SQLite on a busy 2-core machine (about 6 s).
 */
export function statsStatementTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger('STATS_STATEMENT_TIMEOUT_MS', env.STATS_STATEMENT_TIMEOUT_MS, 8_000);
}

/**
 * REPLICA_WAIT_MS (default 1000): after this process wrote, how long a statistics read waits for
 * a replica to apply the write before it reads the primary instead (replicaReads.ts).
 */
export function replicaWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger('REPLICA_WAIT_MS', env.REPLICA_WAIT_MS, 1_000);
}

/** NODE_ENV=production: development defaults (secret, signing key, introspection) are refused or off. */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return runMode(env) === 'production';
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/**
 * The address every service listens on: HOST, 127.0.0.1 by default (containers set HOST=0.0.0.0).
 * With NODE_ENV unset a service runs on development defaults (the development key and gateway
 * secret, both in the repository), so it may listen beyond this machine only when told so:
 * NODE_ENV=development on purpose, or production with its secrets.
 */
export function serviceHost(env: NodeJS.ProcessEnv = process.env): string {
  const host = env.HOST || '127.0.0.1';
  if (runMode(env) === 'unset' && !LOOPBACK.test(host)) {
    throw new ConfigError(
      `HOST=${host} with NODE_ENV unset would serve development defaults to the network: set NODE_ENV=production (with its secrets) or NODE_ENV=development to mean it`,
    );
  }
  return host;
}

/** Only ever used outside production, so a forgotten GATEWAY_SECRET cannot ship. */
const DEVELOPMENT_GATEWAY_SECRET = 'onestop-development-gateway-secret-never-use-in-production';

/**
 * GATEWAY_SECRET: the key (32+ characters) the gateway signs forwarded identities with and the
 * subgraphs verify them with. Required in production; a fixed development value otherwise.
 */
export function gatewaySecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.GATEWAY_SECRET;
  if (secret) {
    if (secret.length < 32) throw new ConfigError('GATEWAY_SECRET must be at least 32 characters');
    return secret;
  }
  if (isProduction(env)) throw new ConfigError('GATEWAY_SECRET must be set when NODE_ENV=production');
  return DEVELOPMENT_GATEWAY_SECRET;
}

// Settings are read as `env.NAME` (not env[name]) so test/dockerCompose.test.ts can find every one.
export function positiveInteger(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new ConfigError(`${variable} must be a positive integer, got "${value}"`);
  return number;
}

export function flag(variable: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${variable} must be true or false, got "${value}"`);
}

/**
 * Largest body a subgraph accepts (SUBGRAPH_BODY_LIMIT, default 10mb). Larger than the
 * gateway's client limit on purpose: a subgraph only reads bodies the gateway signed (the
 * signature is checked before the body is read), and the gateway's @requires representations
 * for a detailed breakdown's `total` carry every commune row.
 */
export function subgraphBodyLimit(env: NodeJS.ProcessEnv = process.env): string {
  const limit = env.SUBGRAPH_BODY_LIMIT || '10mb';
  if (!/^\d+(b|kb|mb)$/i.test(limit)) throw new ConfigError(`SUBGRAPH_BODY_LIMIT must look like 10mb, got "${limit}"`);
  return limit;
}
