import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ANONYMOUS, ROLES, type Identity, type Role } from '../../subgraphs/shared/auth/identity';
import { ConfigError } from '../../subgraphs/shared/config';
import { type TokenSettings } from '../settings';
import { developmentPublicKey } from './developmentKey';

/** A bearer token that cannot be trusted; the message is safe to show the client. */
export class TokenRejected extends Error {}
/** The keys to check a token with cannot be fetched right now (JWKS_URL unreachable). */
export class KeysUnavailable extends Error {}

type VerificationKey = KeyObject | JWTVerifyGetKey;

/** JWT_KEY_FILE holds a PEM public key, a JWK or a JWKS. */
function keyFromFile(file: string): VerificationKey {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError('JWT_KEY_FILE cannot be read');
  }
  if (text.trimStart().startsWith('{')) {
    const json = JSON.parse(text);
    return createLocalJWKSet(Array.isArray(json.keys) ? json : { keys: [json] });
  }
  return createPublicKey(text);
}

/**
 * Keys from a JWKS endpoint, with a fetch that fails marked KeysUnavailable: only the key server
 * being unreachable is a 503; anything else wrong with a token (no key matching its `kid`/`alg`,
 * a key of the wrong type for its algorithm) is the token's fault, a 401.
 */
function remoteKeys(url: string): JWTVerifyGetKey {
  const keys = createRemoteJWKSet(new URL(url), { timeoutDuration: 3000, cooldownDuration: 30_000 });
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new KeysUnavailable();
    }
  };
}

function verificationKey(settings: TokenSettings): VerificationKey {
  if (settings.jwksUrl) return remoteKeys(settings.jwksUrl);
  if (settings.keyFile) return keyFromFile(settings.keyFile);
  return developmentPublicKey();
}

const UNIT_CODE = /^[0-9]{2,5}$/;
const DISTRICT_CODE = /^[0-9]{3}$/;

/** A planner's `districts` claim: a list of district codes (absent: the planner may write nowhere). */
function districtsFrom(claim: unknown): string[] {
  if (claim === undefined) return [];
  if (
    !Array.isArray(claim) ||
    claim.length > 100 ||
    !claim.every((code) => typeof code === 'string' && DISTRICT_CODE.test(code))
  ) {
    throw new TokenRejected('The districts claim must be a list of 3-digit district codes');
  }
  return [...new Set(claim as string[])];
}

/** The claims this API reads: `role` (one of ROLES), `sub`, `unit` for the desk role, `districts` for planners. */
export function identityFrom(payload: JWTPayload): Identity {
  const role = payload.role;
  if (typeof role !== 'string' || !ROLES.includes(role as Role))
    throw new TokenRejected('The bearer token carries no known role');
  const unit = typeof payload.unit === 'string' ? payload.unit : null;
  if (role === 'desk' && (!unit || !UNIT_CODE.test(unit))) throw new TokenRejected('A desk token must name its unit');
  const subject = typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub.slice(0, 200) : null;
  const districts = role === 'planner' ? { districts: Object.freeze(districtsFrom(payload.districts)) } : {};
  return Object.freeze({ role: role as Role, subject, unitCode: unit, ...districts });
}

const CACHE_LIMIT = 10_000;
/** Verified identities are remembered at most this long (and never past the token's expiry). */
const CACHE_MS = 60_000;

/**
 * Verifies client bearer tokens (issuer, audience, allowed algorithms, expiry, signature) once
 * at the gateway; a token seen again within a minute costs a map lookup. No token: anonymous.
 */
export function createClientIdentityReader(settings: TokenSettings) {
  const key = verificationKey(settings);
  const cache = new Map<string, { identity: Identity; until: number }>();

  return async function identityOf(authorization: string | undefined): Promise<Identity> {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_.~+/=-]{10,8192})$/.exec(authorization);
    if (!match) throw new TokenRejected('The Authorization header must be "Bearer <token>"');
    const token = match[1];
    const hit = cache.get(token);
    if (hit && hit.until > Date.now()) return hit.identity;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as KeyObject, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        requiredClaims: ['exp'],
        clockTolerance: 5,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenRejected('The bearer token has expired');
      // The key server being down is not the client's fault: the caller answers 503 for it.
      // Anything else (a bad signature, an algorithm that does not fit the key) is the token's.
      if (error instanceof KeysUnavailable) throw error;
      throw new TokenRejected('The bearer token is not valid');
    }
    const identity = identityFrom(payload);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, { identity, until: Math.min(Date.now() + CACHE_MS, payload.exp! * 1000) });
    return identity;
  };
}
