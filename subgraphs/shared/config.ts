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

const MODES = ['production', 'development', 'test'] as const;

/**
 * NODE_ENV is `production`, `development` or `test`, or unset; anything else is refused rather
 * than guessed at. Unset is development defaults on this machine only: see serviceHost().
 */
export function runMode(env: NodeJS.ProcessEnv = process.env): (typeof MODES)[number] | 'unset' {
  const mode = env.NODE_ENV;
  if (mode === undefined || mode === '') return 'unset';
  if (!(MODES as readonly string[]).includes(mode)) throw new ConfigError(`NODE_ENV must be production, development or test, got "${mode}"`);
  return mode as (typeof MODES)[number];
}

/** NODE_ENV=production: development defaults (secret, signing key, introspection) are refused or off. */
/**
 * STATS_STATEMENT_TIMEOUT_MS (default 5000): the longest one statistics statement may run. The
 * database stops it (MariaDB's max_statement_time, MySQL's MAX_EXECUTION_TIME); on SQLite its
 * worker thread is ended. The field then answers SERVICE_UNAVAILABLE.
 */
export function statsStatementTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger('STATS_STATEMENT_TIMEOUT_MS', env.STATS_STATEMENT_TIMEOUT_MS, 5_000);
}

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

export interface TokenSettings {
  issuer: string;
  audience: string;
  algorithms: string[];
  /** Keys from a JWKS endpoint (production identity providers). */
  jwksUrl?: string;
  /** Or one public key file (PEM, JWK or JWKS); neither set means the built-in development key. */
  keyFile?: string;
}

export interface GatewaySettings {
  production: boolean;
  tokens: TokenSettings;
  /** Longest wait for one subgraph fetch before its part of the answer is given up. */
  subgraphTimeoutMs: number;
  /** Requests per client per window; shared through Redis when redisUrl is set. */
  rateLimit: { max: number; windowMs: number; redisUrl?: string };
  introspection: boolean;
  bodyLimit: string;
  maxPageSize: number;
  /** Longest document (in characters) a request may send, by GET, POST or as a persisted query. */
  maxQueryLength: number;
  /** Automatic persisted queries: seconds each is kept, and bytes registered in Redis per such window. */
  persistedQueries: { ttlSeconds: number; maxBytes: number };
  /**
   * Proxies in front of the gateway that append to X-Forwarded-For (0: none, the socket's address
   * is the client). With n, the client is the address n from the right of X-Forwarded-For + socket.
   */
  trustProxy: number;
  shutdownTimeoutMs: number;
  /** How long one probe of the subgraphs answers GET /ready (0: every request probes). */
  readyCacheMs: number;
}

// Settings are read as `env.NAME` (not env[name]) so test/dockerCompose.test.ts can find every one.
function positiveInteger(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new ConfigError(`${variable} must be a positive integer, got "${value}"`);
  return number;
}

function flag(variable: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${variable} must be true or false, got "${value}"`);
}

/** TRUST_PROXY: a number of trusted proxy hops; `true` (the old boolean) means one, `false` none. */
function proxyHops(value: string | undefined): number {
  if (value === undefined || value === '' || /^(false|no|off)$/i.test(value)) return 0;
  if (/^(true|yes|on)$/i.test(value)) return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new ConfigError(`TRUST_PROXY must be a number of proxy hops (0-10) or true, got "${value}"`);
  return hops;
}

/**
 * The gateway's security and limits, from JWT_ISSUER, JWT_AUDIENCE, JWT_ALGORITHMS, JWKS_URL,
 * JWT_KEY_FILE, SUBGRAPH_TIMEOUT_MS, RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS, REDIS_URL,
 * INTROSPECTION, BODY_LIMIT, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, APQ_TTL_SECONDS, APQ_MAX_BYTES,
 * TRUST_PROXY, SHUTDOWN_TIMEOUT_MS and READY_CACHE_MS. In production
 * the token issuer and a key source must be given: the development key is never trusted there.
 */
export function gatewaySettings(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const production = isProduction(env);
  const jwksUrl = env.JWKS_URL || undefined;
  const keyFile = env.JWT_KEY_FILE || undefined;
  if (production && !jwksUrl && !keyFile) throw new ConfigError('JWKS_URL or JWT_KEY_FILE must be set when NODE_ENV=production');
  if (production && !env.JWT_ISSUER) throw new ConfigError('JWT_ISSUER must be set when NODE_ENV=production');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new ConfigError('JWKS_URL must be an http(s) URL');
  const bodyLimit = env.BODY_LIMIT || '100kb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) throw new ConfigError(`BODY_LIMIT must look like 100kb, got "${bodyLimit}"`);
  const algorithms = (env.JWT_ALGORITHMS || 'ES256,RS256').split(',').map((a) => a.trim()).filter(Boolean);
  if (algorithms.some((a) => a === 'none' || a.startsWith('HS'))) {
    // Client tokens are verified with public keys only; a shared-secret algorithm would let
    // anyone holding the verification key mint tokens.
    throw new ConfigError('JWT_ALGORITHMS may list asymmetric algorithms only (ES256, RS256, EdDSA...)');
  }
  return {
    production,
    tokens: {
      issuer: env.JWT_ISSUER || 'onestop-development',
      audience: env.JWT_AUDIENCE || 'onestop-api',
      algorithms,
      jwksUrl,
      keyFile,
    },
    subgraphTimeoutMs: positiveInteger('SUBGRAPH_TIMEOUT_MS', env.SUBGRAPH_TIMEOUT_MS, 10_000),
    rateLimit: {
      max: positiveInteger('RATE_LIMIT_MAX', env.RATE_LIMIT_MAX, 600),
      windowMs: positiveInteger('RATE_LIMIT_WINDOW_MS', env.RATE_LIMIT_WINDOW_MS, 60_000),
      redisUrl: env.REDIS_URL || undefined,
    },
    introspection: flag('INTROSPECTION', env.INTROSPECTION, !production),
    bodyLimit,
    maxPageSize: positiveInteger('MAX_PAGE_SIZE', env.MAX_PAGE_SIZE, 100),
    maxQueryLength: positiveInteger('MAX_QUERY_LENGTH', env.MAX_QUERY_LENGTH, 20_000),
    persistedQueries: {
      ttlSeconds: positiveInteger('APQ_TTL_SECONDS', env.APQ_TTL_SECONDS, 86_400),
      maxBytes: positiveInteger('APQ_MAX_BYTES', env.APQ_MAX_BYTES, 20_000_000),
    },
    trustProxy: proxyHops(env.TRUST_PROXY),
    shutdownTimeoutMs: positiveInteger('SHUTDOWN_TIMEOUT_MS', env.SHUTDOWN_TIMEOUT_MS, 10_000),
    readyCacheMs: env.READY_CACHE_MS === '0' ? 0 : positiveInteger('READY_CACHE_MS', env.READY_CACHE_MS, 5000),
  };
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
