import type { IncomingMessage, ServerResponse } from 'node:http';
import { ANONYMOUS, type Identity } from '../../subgraphs/shared/auth/identity';
import { ErrorCode } from '../../subgraphs/shared/errors';
import type { Refusal } from '../../subgraphs/shared/httpServer';
import { KeysUnavailable, TokenRejected } from './clientIdentity';
import type { RateDecision, RateLimiter } from '../limits/rateLimiter';

export interface ClientAdmission {
  /** The HTTP layer's gate: 401 for a bad token, 429 over the rate limit, 503 when keys cannot be fetched. */
  admit(req: IncomingMessage, res?: ServerResponse): Promise<Refusal | undefined>;
  /** The identity admit() verified for this request. */
  identityOf(req: IncomingMessage): Identity;
}

/**
 * The client's address behind `trustedHops` proxies that each append the address they were
 * reached from to X-Forwarded-For: the address that many places from the right of the list
 * (X-Forwarded-For, then the socket). Whatever a client writes itself is further left, so it
 * cannot choose its own address (and rate-limit bucket); with 0 hops the header is ignored.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  if (trustedHops === 0 || forwarded === undefined) return socket;
  const listed = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const chain = [...listed, socket];
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

/** The limit's policy and what is left of it (IETF httpapi ratelimit-headers draft), on every answer. */
export interface RatePolicy {
  max: number;
  windowMs: number;
}

function rateHeaders(decision: RateDecision, policy: RatePolicy): Record<string, string> {
  const headers: Record<string, string> = {
    'ratelimit-policy': `"requests";q=${policy.max};w=${Math.ceil(policy.windowMs / 1000)}`,
  };
  if (decision.remaining !== undefined)
    headers.ratelimit = `"requests";r=${decision.remaining};t=${decision.retryAfterSeconds}`;
  return headers;
}

const tooMany = (decision: RateDecision, headers: Record<string, string>): Refusal => ({
  status: 429,
  code: ErrorCode.RATE_LIMITED,
  message: 'Too many requests; retry after the time in the Retry-After header',
  headers: { ...headers, 'retry-after': String(decision.retryAfterSeconds) },
});

/** A token that could not be read: 401 (counted against the address, so a flood is a 429) or 503. */
async function refuseToken(error: unknown, countAddress: () => Promise<Refusal | undefined>): Promise<Refusal> {
  if (error instanceof TokenRejected) {
    const limited = await countAddress();
    return (
      limited ?? {
        status: 401,
        code: ErrorCode.UNAUTHENTICATED,
        message: error.message,
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      }
    );
  }
  if (error instanceof KeysUnavailable) {
    return {
      status: 503,
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message: 'Tokens cannot be checked right now; try again shortly',
    };
  }
  throw error;
}

/**
 * Verifies the bearer token once per request and counts the request against its client: the
 * token's subject when it has one (so one integrator is one client wherever it calls from),
 * the address otherwise. A rejected token counts against its address too, so a flood of bad
 * tokens is answered 429 like any other flood.
 */
export function clientAdmission(
  readIdentity: (authorization: string | undefined) => Promise<Identity>,
  limiter: RateLimiter,
  trustedHops: number,
  policy: RatePolicy,
): ClientAdmission {
  const identities = new WeakMap<IncomingMessage, Identity>();
  /** Counts the request; the RateLimit headers go on the answer whatever it is (a registered client's quota replaces them). */
  const count = async (client: string, res?: ServerResponse): Promise<Refusal | undefined> => {
    const decision = await limiter.hit(client);
    const headers = rateHeaders(decision, policy);
    for (const [name, value] of Object.entries(headers)) res?.setHeader(name, value);
    return decision.allowed ? undefined : tooMany(decision, headers);
  };
  return {
    async admit(req, res): Promise<Refusal | undefined> {
      let identity: Identity;
      try {
        identity = await readIdentity(req.headers.authorization);
      } catch (error) {
        return refuseToken(error, () => count(`ip:${clientAddress(req, trustedHops)}`, res));
      }
      const client = identity.subject
        ? `sub:${identity.role}:${identity.subject}`
        : `ip:${clientAddress(req, trustedHops)}`;
      const limited = await count(client, res);
      if (limited) return limited;
      identities.set(req, identity);
      return undefined;
    },
    identityOf: (req) => identities.get(req) ?? ANONYMOUS,
  };
}
