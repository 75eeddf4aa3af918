import { ConfigError, flag, isProduction, positiveInteger } from '../subgraphs/shared/config';
import { clientSettings, type ClientSettings } from './clients/clientSettings';

/**
 * The gateway's own settings (security and limits), read from the environment and checked by
 * name at start; the kernel's config.ts keeps only what every service shares.
 */
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
  /** Registered clients, their tokens and trusted operations (gateway/clients/clientSettings.ts). */
  clients: ClientSettings;
}

/** TRUST_PROXY: a number of trusted proxy hops; `true` (the old boolean) means one, `false` none. */
function proxyHops(value: string | undefined): number {
  if (value === undefined || value === '' || /^(false|no|off)$/i.test(value)) return 0;
  if (/^(true|yes|on)$/i.test(value)) return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new ConfigError(`TRUST_PROXY must be a number of proxy hops (0-10) or true, got "${value}"`);
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
  if (production && !jwksUrl && !keyFile)
    throw new ConfigError('JWKS_URL or JWT_KEY_FILE must be set when NODE_ENV=production');
  if (production && !env.JWT_ISSUER) throw new ConfigError('JWT_ISSUER must be set when NODE_ENV=production');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new ConfigError('JWKS_URL must be an http(s) URL');
  const bodyLimit = env.BODY_LIMIT || '100kb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) throw new ConfigError(`BODY_LIMIT must look like 100kb, got "${bodyLimit}"`);
  const algorithms = (env.JWT_ALGORITHMS || 'ES256,RS256')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
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
    clients: clientSettings(env, production),
  };
}
