import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Identity } from '../subgraphs/shared/auth/identity';
import { ErrorCode } from '../subgraphs/shared/errors';
import type { Refusal } from '../subgraphs/shared/httpServer';
import { KeysUnavailable, TokenRejected } from './auth/clientIdentity';
import type { RateLimiter } from './rateLimiter';

export interface ClientAdmission {
  /** The HTTP layer's gate: 401 for a bad token, 429 over the rate limit, 503 when keys cannot be fetched. */
  admit(req: IncomingMessage): Promise<Refusal | undefined>;
  /** The identity admit() verified for this request. */
  identityOf(req: IncomingMessage): Identity;
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded) return forwarded.split(',')[0].trim();
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Verifies the bearer token once per request and counts the request against its client: the
 * token's subject when it has one (so one integrator is one client wherever it calls from),
 * the address otherwise.
 */
export function clientAdmission(
  readIdentity: (authorization: string | undefined) => Promise<Identity>,
  limiter: RateLimiter,
  trustProxy: boolean,
): ClientAdmission {
  const identities = new WeakMap<IncomingMessage, Identity>();
  return {
    async admit(req): Promise<Refusal | undefined> {
      let identity: Identity;
      try {
        identity = await readIdentity(req.headers.authorization);
      } catch (error) {
        if (error instanceof TokenRejected) {
          return { status: 401, code: ErrorCode.UNAUTHENTICATED, message: error.message, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } };
        }
        if (error instanceof KeysUnavailable) {
          return { status: 503, code: ErrorCode.SERVICE_UNAVAILABLE, message: 'Tokens cannot be checked right now; try again shortly' };
        }
        throw error;
      }
      const client = identity.subject ? `sub:${identity.role}:${identity.subject}` : `ip:${clientAddress(req, trustProxy)}`;
      const decision = await limiter.hit(client);
      if (!decision.allowed) {
        return {
          status: 429,
          code: ErrorCode.RATE_LIMITED,
          message: 'Too many requests; retry after the time in the Retry-After header',
          headers: { 'retry-after': String(decision.retryAfterSeconds) },
        };
      }
      identities.set(req, identity);
      return undefined;
    },
    identityOf: (req) => identities.get(req) ?? ANONYMOUS,
  };
}
