import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, visit } from 'graphql';
import { decodeJwt } from 'jose';
import type { Identity } from '../../subgraphs/shared/auth/identity';
import type { DatabaseConfig } from '../../subgraphs/shared/config';
import type { Refusal } from '../../subgraphs/shared/httpServer';
import type { ClientAdmission } from '../auth/admitClient';
import { identityFrom, TokenRejected } from '../auth/clientIdentity';
import type { GatewaySettings } from '../settings';
import { clientTokens } from './clientTokens';
import { createCounters } from './counters';
import { readDashboardManifest } from './manifests';
import { chargeCost, countRequest, recordUsage, usageOf } from './quotas';
import { ClientRegistry, type ClientRecord } from './registry';
import { sendJson, tokenEndpoint } from './tokenEndpoint';
import { catalogue, checkTrusted, type TrustedCatalogue } from './trustedOperations';

export interface ClientGateOptions {
  settings: GatewaySettings;
  /** The registry's database; null: no registry (no token endpoint, no registered clients). */
  database: DatabaseConfig | null;
  /** Key namespace of the quota and usage counters in Redis. */
  prefix?: string;
}

/** The cost charged to a client's daily budget: the fields its operation selects. */
function costOf(document: string | undefined): number {
  if (!document) return 1;
  let fields = 0;
  try {
    visit(parse(document), { Field: () => void fields++ });
  } catch {
    return 1;
  }
  return Math.max(1, fields);
}

function sameSecret(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Registered clients at the gateway: their own tokens verified beside the identity provider's,
 * suspended clients refused, quotas counted with RateLimit headers, trusted operations enforced,
 * usage kept by operation and day; and POST /oauth/token and the admin endpoints.
 */
export async function clientGate(options: ClientGateOptions) {
  const { settings } = options;
  const config = settings.clients;
  const registry = options.database ? await ClientRegistry.open(options.database) : undefined;
  const tokens = clientTokens(config, settings.tokens);
  const counters = createCounters(
    settings.rateLimit.redisUrl,
    options.prefix ? `${options.prefix}clients:` : undefined,
  );
  const dashboard = readDashboardManifest();
  const clientOfIdentity = new WeakMap<Identity, string>();
  const clientOfRequest = new WeakMap<IncomingMessage, ClientRecord>();
  const statuses = new Map<string, { record?: ClientRecord; until: number }>();
  let trusted: { catalogue: TrustedCatalogue; until: number } = {
    catalogue: catalogue(new Map([['dashboard', dashboard]])),
    until: 0,
  };

  const clientRecord = async (clientId: string): Promise<ClientRecord | undefined> => {
    const hit = statuses.get(clientId);
    if (hit && hit.until > Date.now()) return hit.record;
    const record = await registry?.get(clientId);
    if (statuses.size > 10_000) statuses.clear();
    statuses.set(clientId, { record, until: Date.now() + config.cacheMs });
    return record;
  };

  const refreshTrusted = async (): Promise<void> => {
    if (!registry || trusted.until > Date.now()) return;
    const manifests = await registry.manifests();
    manifests.set('dashboard', dashboard);
    trusted = { catalogue: catalogue(manifests), until: Date.now() + config.cacheMs };
  };

  const isOwn = (token: string): boolean => {
    if (!tokens?.isOwn(token)) return false;
    try {
      return typeof decodeJwt(token).client_id === 'string';
    } catch {
      return false;
    }
  };

  /** Refusals of a registered client's request, with its quota's headers set on the answer. */
  const admitClient = async (res: ServerResponse | undefined, client: ClientRecord) => {
    const decision = await countRequest(counters, client.clientId, client.quota);
    for (const [name, value] of Object.entries(decision.headers)) res?.setHeader(name, value);
    if (decision.allowed) return undefined;
    await recordUsage(counters, client.clientId, '(refused: RATE_LIMITED)');
    return {
      status: 429,
      code: 'RATE_LIMITED',
      message: "Over this client's quota; retry after the time in the Retry-After header",
      headers: decision.headers,
    } satisfies Refusal;
  };

  return {
    registry,
    /** The identity reader with this gateway's own client tokens beside the identity provider's. */
    identityReader(base: (authorization: string | undefined) => Promise<Identity>) {
      return async (authorization: string | undefined): Promise<Identity> => {
        const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
        if (!token || !tokens || !isOwn(token)) return base(authorization);
        const payload = await tokens.verify(token);
        const client = await clientRecord(payload.client_id);
        if (!client) throw new TokenRejected('The bearer token names no registered client');
        if (client.status !== 'active') throw new TokenRejected('The client is suspended');
        const identity = identityFrom(payload);
        clientOfIdentity.set(identity, client.clientId);
        return identity;
      };
    },
    admission(base: ClientAdmission) {
      return {
        identityOf: base.identityOf,
        async admit(req: IncomingMessage, res?: ServerResponse): Promise<Refusal | undefined> {
          const refusal = await base.admit(req);
          if (refusal) return refusal;
          await refreshTrusted();
          const clientId = clientOfIdentity.get(base.identityOf(req));
          const client = clientId ? await clientRecord(clientId) : undefined;
          if (!client) return undefined;
          clientOfRequest.set(req, client);
          return admitClient(res, client);
        },
      };
    },
    /** Trusted operations, and a registered client's usage and cost, once the request is read. */
    inspect(request: any, req: IncomingMessage, identity: Identity): Refusal | undefined {
      const client = clientOfRequest.get(req);
      const allowed = client?.manifests.length
        ? client.manifests
        : !client && identity.role === 'anonymous' && config.trustedOperations === 'enforce'
          ? config.anonymousManifests
          : undefined;
      const { refusal, operation } = checkTrusted(req, request, trusted.catalogue, allowed);
      if (client) {
        const name =
          operation?.name || (typeof request?.operationName === 'string' ? request.operationName : '(unnamed)');
        void recordUsage(counters, client.clientId, refusal ? `${name} (refused: ${refusal.code})` : name).catch(
          () => undefined,
        );
        if (!refusal)
          void chargeCost(counters, client.clientId, costOf(operation?.body ?? request?.query)).catch(() => undefined);
      }
      return refusal;
    },
    /** POST /oauth/token and GET /admin/usage, /admin/clients; false for every other path. */
    pages(req: IncomingMessage, res: ServerResponse): boolean {
      const url = new URL(req.url ?? '/', 'http://gateway');
      if (url.pathname === '/oauth/token') {
        if (!registry || !tokens)
          sendJson(res, 404, { error: 'invalid_request', error_description: 'No token endpoint here' });
        else tokenEndpoint(req, res, registry, tokens).catch(() => sendJson(res, 500, { error: 'server_error' }));
        return true;
      }
      if (!url.pathname.startsWith('/admin/')) return false;
      const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!registry || !sameSecret(given, config.adminToken)) {
        sendJson(res, 401, {
          errors: [{ message: 'An admin token is required', extensions: { code: 'UNAUTHENTICATED' } }],
        });
        return true;
      }
      const answer = async () => {
        if (url.pathname === '/admin/clients') return sendJson(res, 200, { clients: await registry.list() });
        const client = url.searchParams.get('client');
        if (url.pathname !== '/admin/usage' || !client)
          return sendJson(res, 404, {
            errors: [
              {
                message: 'Not found: GET /admin/usage?client=<id> or /admin/clients',
                extensions: { code: 'NOT_FOUND' },
              },
            ],
          });
        const days = Math.min(35, Math.max(1, Number(url.searchParams.get('days')) || 7));
        sendJson(res, 200, { client, usage: await usageOf(counters, client, days) });
      };
      answer().catch(() =>
        sendJson(res, 500, {
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        }),
      );
      return true;
    },
    async close(): Promise<void> {
      await counters.close();
      await registry?.close();
    },
  };
}

export type ClientGate = Awaited<ReturnType<typeof clientGate>>;
