import path from 'node:path';
import { repoRoot } from './paths';

export type SubgraphName = 'district' | 'commune' | 'reform';
export const SUBGRAPH_NAMES: readonly SubgraphName[] = ['district', 'commune', 'reform'];

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'mysql'; host: string; port: number; username: string; password: string; database: string };

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
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL is not a URL (expected mysql://user:pass@host:port)');
    }
    if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
      throw new ConfigError(`DATABASE_URL must start with mysql:// (got ${parsed.protocol}//)`);
    }
    return {
      kind: 'mysql',
      host: parsed.hostname || '127.0.0.1',
      port: parsed.port ? Number(parsed.port) : 3306,
      username: decodeURIComponent(parsed.username || 'root'),
      password: decodeURIComponent(parsed.password),
      database: `${prefix}_${name}`,
    };
  }
  const dataDir = env.DATA_DIR || path.join(repoRoot(), 'data');
  return { kind: 'sqlite', file: dataDir === ':memory:' ? ':memory:' : path.join(dataDir, `${name}.sqlite`) };
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
