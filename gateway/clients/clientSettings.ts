import { ConfigError, positiveInteger } from '../../subgraphs/shared/config';

/** Registered clients, their tokens and trusted operations (README "For integrators"). */
export interface ClientSettings {
  /** `enforce`: anonymous and manifest-bound clients may run trusted operations only. */
  trustedOperations: 'enforce' | 'off';
  /** Manifests every anonymous caller may run (the dashboard's own by default). */
  anonymousManifests: string[];
  /** PEM private key POST /oauth/token signs with; the development key when unset (never in production). */
  signingKeyFile?: string;
  /** No OAUTH_SIGNING_KEY_FILE outside production: the development key signs (never in production). */
  developmentKey: boolean;
  keyId: string;
  /** `iss` of the tokens the gateway issues itself. */
  issuer?: string;
  tokenTtlSeconds: number;
  /** How long a rotated secret keeps working beside the new one. */
  secretGraceSeconds: number;
  /** How long a client's status and the manifests are remembered (0: read on every request). */
  cacheMs: number;
  /** Bearer token of the admin endpoints (/admin/*); none without it. */
  adminToken?: string;
  /** Requests to /oauth/token and /oauth/revoke one address may make per minute (guessing secrets is slow). */
  tokenRequestsPerMinute: number;
}

/**
 * From TRUSTED_OPERATIONS, TRUSTED_ANONYMOUS_MANIFESTS, OAUTH_SIGNING_KEY_FILE, OAUTH_KEY_ID,
 * OAUTH_ISSUER, OAUTH_TOKEN_TTL_SECONDS, OAUTH_TOKEN_RATE_PER_MINUTE, CLIENT_SECRET_GRACE_SECONDS,
 * CLIENT_CACHE_MS and ADMIN_TOKEN.
 */
export function clientSettings(env: NodeJS.ProcessEnv, production: boolean): ClientSettings {
  const trusted = env.TRUSTED_OPERATIONS || (production ? 'enforce' : 'off');
  if (trusted !== 'enforce' && trusted !== 'off')
    throw new ConfigError(`TRUSTED_OPERATIONS must be enforce or off, got "${trusted}"`);
  const adminToken = env.ADMIN_TOKEN || undefined;
  if (adminToken && adminToken.length < 32) throw new ConfigError('ADMIN_TOKEN must be at least 32 characters');
  const signingKeyFile = env.OAUTH_SIGNING_KEY_FILE || undefined;
  return {
    trustedOperations: trusted,
    anonymousManifests: (env.TRUSTED_ANONYMOUS_MANIFESTS ?? 'dashboard')
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean),
    signingKeyFile,
    developmentKey: !signingKeyFile && !production,
    keyId: env.OAUTH_KEY_ID || (signingKeyFile ? 'onestop-gateway' : 'onestop-development'),
    issuer: env.OAUTH_ISSUER || undefined,
    tokenTtlSeconds: positiveInteger('OAUTH_TOKEN_TTL_SECONDS', env.OAUTH_TOKEN_TTL_SECONDS, 300),
    secretGraceSeconds: positiveInteger('CLIENT_SECRET_GRACE_SECONDS', env.CLIENT_SECRET_GRACE_SECONDS, 86_400),
    cacheMs: env.CLIENT_CACHE_MS === '0' ? 0 : positiveInteger('CLIENT_CACHE_MS', env.CLIENT_CACHE_MS, 5000),
    adminToken,
    tokenRequestsPerMinute: positiveInteger('OAUTH_TOKEN_RATE_PER_MINUTE', env.OAUTH_TOKEN_RATE_PER_MINUTE, 30),
  };
}
