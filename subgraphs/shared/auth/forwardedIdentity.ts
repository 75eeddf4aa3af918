import type { IncomingMessage } from 'node:http';
import { jwtVerify, SignJWT } from 'jose';
import { gatewaySecret } from '../config';
import { UnauthenticatedError } from '../errors';
import { ANONYMOUS, ROLES, type Identity, type Role } from './identity';

/**
 * The gateway-to-subgraph identity contract. The gateway verifies the client's bearer token
 * once, then forwards only the resulting identity, as a short-lived HS256 JWT signed with
 * GATEWAY_SECRET in this header. A subgraph trusts nothing else from the request, and a
 * request without a valid one never reaches its GraphQL server (401).
 */
export const IDENTITY_HEADER = 'x-onestop-identity';
const ISSUER = 'onestop-gateway';
const AUDIENCE = 'onestop-subgraphs';
const LIFETIME_SECONDS = 60;
/** A signed identity is reused for half its lifetime, so a subgraph never gets one about to expire. */
const REUSE_MS = (LIFETIME_SECONDS * 1000) / 2;
const CACHE_LIMIT = 5000;

const encoder = new TextEncoder();
const keys = new Map<string, Uint8Array>();
function keyOf(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = encoder.encode(secret)));
  return key;
}

/** Bounded memo: forgets everything when full, which is cheap and good enough for hot tokens. */
function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

const signed = new Map<string, { token: string; reuseUntil: number }>();

/** The header value the gateway sends for an identity; signing costs once per identity per 30 s. */
export async function signForwardedIdentity(identity: Identity, secret = gatewaySecret()): Promise<string> {
  // The secret itself is part of the key: two secrets of one length must never share a token.
  const districts = identity.districts?.join(',') ?? '';
  const cacheKey = `${secret}\u0000${identity.role}\u0000${identity.subject ?? ''}\u0000${identity.unitCode ?? ''}\u0000${districts}`;
  const hit = signed.get(cacheKey);
  if (hit && hit.reuseUntil > Date.now()) return hit.token;
  let jwt = new SignJWT({
    role: identity.role,
    unit: identity.unitCode,
    ...(identity.districts ? { districts: identity.districts } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`);
  if (identity.subject) jwt = jwt.setSubject(identity.subject);
  const token = await jwt.sign(keyOf(secret));
  return remember(signed, cacheKey, { token, reuseUntil: Date.now() + REUSE_MS }).token;
}

const verified = new Map<string, { identity: Identity; expiresAt: number }>();

/** Checks a forwarded identity; throws UNAUTHENTICATED when it is missing, forged or expired. */
export async function verifyForwardedIdentity(token: string | undefined, secret = gatewaySecret()): Promise<Identity> {
  if (!token) throw new UnauthenticatedError('This service answers the gateway only');
  const cacheKey = `${secret}\u0000${token}`;
  const hit = verified.get(cacheKey);
  if (hit && hit.expiresAt > Date.now()) return hit.identity;
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    if (!ROLES.includes(payload.role as Role)) throw new Error('unknown role');
    const identity: Identity = Object.freeze({
      role: payload.role as Role,
      subject: typeof payload.sub === 'string' ? payload.sub : null,
      unitCode: typeof payload.unit === 'string' ? payload.unit : null,
      ...(Array.isArray(payload.districts)
        ? { districts: Object.freeze(payload.districts.filter((d): d is string => typeof d === 'string')) }
        : {}),
    });
    return remember(verified, cacheKey, { identity, expiresAt: payload.exp! * 1000 }).identity;
  } catch {
    throw new UnauthenticatedError('This service answers the gateway only');
  }
}

const byRequest = new WeakMap<IncomingMessage, Promise<Identity>>();

/**
 * The identity the gateway forwarded with a subgraph request, verified once per request (the
 * HTTP layer asks first and refuses the request on failure; the context asks again for free).
 * Without a request (a subgraph used in-process), nobody is asking: anonymous.
 */
export function readForwardedIdentity(req: IncomingMessage | undefined): Promise<Identity> {
  if (!req) return Promise.resolve(ANONYMOUS);
  let identity = byRequest.get(req);
  if (!identity) {
    const header = req.headers[IDENTITY_HEADER];
    identity = verifyForwardedIdentity(Array.isArray(header) ? undefined : header);
    byRequest.set(req, identity);
  }
  return identity;
}
