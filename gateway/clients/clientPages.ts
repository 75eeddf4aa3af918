import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress } from '../auth/admitClient';
import type { RateLimiter } from '../limits/rateLimiter';
import type { ClientTokens } from './clientTokens';
import type { Counters } from './counters';
import { usageOf } from './quotas';
import type { ClientRegistry } from './registry';
import { revokeEndpoint } from './revokeEndpoint';
import { sendJson, tokenEndpoint } from './tokenEndpoint';

export interface PageDependencies {
  registry?: ClientRegistry;
  tokens?: ClientTokens;
  counters: Counters;
  /** Per address, on the token and revocation endpoints: secrets cannot be guessed at speed. */
  oauthLimiter: RateLimiter;
  trustProxy: number;
  adminToken?: string;
}

function sameSecret(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const graphqlError = (res: ServerResponse, status: number, message: string, code: string) =>
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });

/** POST /oauth/token and /oauth/revoke, each address limited to OAUTH_TOKEN_RATE_PER_MINUTE a minute. */
export async function oauthPage(req: IncomingMessage, res: ServerResponse, pathname: string, d: PageDependencies) {
  if (!d.registry || !d.tokens)
    return sendJson(res, 404, { error: 'invalid_request', error_description: 'No token endpoint here' });
  const limit = await d.oauthLimiter.hit(clientAddress(req, d.trustProxy));
  if (!limit.allowed)
    return sendJson(
      res,
      429,
      { error: 'slow_down', error_description: 'Too many token requests from this address; retry later' },
      { 'retry-after': String(limit.retryAfterSeconds) },
    );
  if (pathname === '/oauth/token') return tokenEndpoint(req, res, d.registry, d.tokens);
  return revokeEndpoint(req, res, d.registry, d.tokens, d.counters);
}

/** GET /admin/usage?client=<id>[&days=n] and /admin/clients, for the bearer of ADMIN_TOKEN only. */
export async function adminPage(req: IncomingMessage, res: ServerResponse, url: URL, d: PageDependencies) {
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!d.registry || !sameSecret(given, d.adminToken))
    return graphqlError(res, 401, 'An admin token is required', 'UNAUTHENTICATED');
  if (url.pathname === '/admin/clients') return sendJson(res, 200, { clients: await d.registry.list() });
  const client = url.searchParams.get('client');
  if (url.pathname !== '/admin/usage' || !client)
    return graphqlError(res, 404, 'Not found: GET /admin/usage?client=<id> or /admin/clients', 'NOT_FOUND');
  const days = Math.min(35, Math.max(1, Number(url.searchParams.get('days')) || 7));
  sendJson(res, 200, { client, usage: await usageOf(d.counters, client, days) });
}
