import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, visit } from 'graphql';
import { decodeJwt } from 'jose';
import type { Identity } from '../../subgraphs/shared/auth/identity';
import type { DatabaseConfig } from '../../subgraphs/shared/config';
import type { Refusal } from '../../subgraphs/shared/httpServer';
import type { ClientAdmission } from '../auth/admitClient';
import { identityFrom, TokenRejected } from '../auth/clientIdentity';
import { createRateLimiter } from '../limits/rateLimiter';
import type { GatewaySettings } from '../settings';
import { adminPage, oauthPage, type PageDependencies } from './clientPages';
import { clientTokens } from './clientTokens';
import { createCounters } from './counters';
import { readDashboardManifest } from './manifests';
import { chargeCost, countRequest, recordUsage } from './quotas';
import { ClientRegistry, type ClientRecord } from './registry';
import { issuedBeforeSuspension, isRevoked } from './revocations';
import { sendJson } from './tokenEndpoint';
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

/**
 * Registered clients at the gateway: their own tokens verified beside the identity provider's,
 * suspended clients and revoked tokens refused, quotas counted with RateLimit headers, trusted
 * operations enforced, usage kept by operation and day; and the OAuth and admin endpoints.
 */
export class ClientGate {
  private readonly dashboard = readDashboardManifest();
  private readonly clientOfIdentity = new WeakMap<Identity, string>();
  private readonly clientOfRequest = new WeakMap<IncomingMessage, ClientRecord>();
  private readonly statuses = new Map<string, { record?: ClientRecord; until: number }>();
  private trusted: { catalogue: TrustedCatalogue; until: number } = {
    catalogue: catalogue(new Map([['dashboard', this.dashboard]])),
    until: 0,
  };

  private constructor(
    private readonly settings: GatewaySettings,
    readonly registry: ClientRegistry | undefined,
    private readonly pageDependencies: PageDependencies,
  ) {}

  static async open(options: ClientGateOptions): Promise<ClientGate> {
    const { settings } = options;
    const registry = options.database ? await ClientRegistry.open(options.database) : undefined;
    const redisUrl = settings.rateLimit.redisUrl;
    return new ClientGate(settings, registry, {
      registry,
      tokens: clientTokens(settings.clients, settings.tokens),
      counters: createCounters(redisUrl, options.prefix ? `${options.prefix}clients:` : undefined),
      oauthLimiter: createRateLimiter({
        max: settings.clients.tokenRequestsPerMinute,
        windowMs: 60_000,
        redisUrl,
        prefix: `${options.prefix ?? 'onestop:'}oauth:`,
      }),
      trustProxy: settings.trustProxy,
      adminToken: settings.clients.adminToken,
    });
  }

  private get counters() {
    return this.pageDependencies.counters;
  }

  /** A client's record, remembered CLIENT_CACHE_MS so a busy client is not a registry read per request. */
  private async clientRecord(clientId: string): Promise<ClientRecord | undefined> {
    const hit = this.statuses.get(clientId);
    if (hit && hit.until > Date.now()) return hit.record;
    const record = await this.registry?.get(clientId);
    if (this.statuses.size > 10_000) this.statuses.clear();
    this.statuses.set(clientId, { record, until: Date.now() + this.settings.clients.cacheMs });
    return record;
  }

  private async refreshTrusted(): Promise<void> {
    if (!this.registry || this.trusted.until > Date.now()) return;
    const manifests = await this.registry.manifests();
    manifests.set('dashboard', this.dashboard);
    this.trusted = { catalogue: catalogue(manifests), until: Date.now() + this.settings.clients.cacheMs };
  }

  private isOwn(token: string): boolean {
    if (!this.pageDependencies.tokens?.isOwn(token)) return false;
    try {
      return typeof decodeJwt(token).client_id === 'string';
    } catch {
      return false;
    }
  }

  /** One of this gateway's own tokens, checked against its client's state and the revocations. */
  private async clientIdentity(token: string): Promise<Identity> {
    const payload = await this.pageDependencies.tokens!.verify(token);
    const client = await this.clientRecord(payload.client_id);
    if (!client) throw new TokenRejected('The bearer token names no registered client');
    if (client.status !== 'active') throw new TokenRejected('The client is suspended');
    if (issuedBeforeSuspension(payload.iat, client.tokensNotBefore))
      throw new TokenRejected('The bearer token was issued before the client was suspended');
    if (await isRevoked(this.counters, payload.jti!)) throw new TokenRejected('The bearer token has been revoked');
    const identity = identityFrom(payload);
    this.clientOfIdentity.set(identity, client.clientId);
    return identity;
  }

  /** The identity reader with this gateway's own client tokens beside the identity provider's. */
  identityReader(base: (authorization: string | undefined) => Promise<Identity>) {
    return async (authorization: string | undefined): Promise<Identity> => {
      const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
      return token && this.isOwn(token) ? this.clientIdentity(token) : base(authorization);
    };
  }

  /** Refusals of a registered client's request, with its quota's headers set on the answer. */
  private async admitClient(res: ServerResponse | undefined, client: ClientRecord): Promise<Refusal | undefined> {
    const decision = await countRequest(this.counters, client.clientId, client.quota);
    for (const [name, value] of Object.entries(decision.headers)) res?.setHeader(name, value);
    if (decision.allowed) return undefined;
    await recordUsage(this.counters, client.clientId, '(refused: RATE_LIMITED)');
    return {
      status: 429,
      code: 'RATE_LIMITED',
      message: "Over this client's quota; retry after the time in the Retry-After header",
      headers: decision.headers,
    };
  }

  admission(base: ClientAdmission): ClientAdmission {
    return {
      identityOf: base.identityOf,
      admit: async (req, res) => {
        const refusal = await base.admit(req, res);
        if (refusal) return refusal;
        await this.refreshTrusted();
        const clientId = this.clientOfIdentity.get(base.identityOf(req));
        const client = clientId ? await this.clientRecord(clientId) : undefined;
        if (!client) return undefined;
        this.clientOfRequest.set(req, client);
        return this.admitClient(res, client);
      },
    };
  }

  /** Manifests the request must come from: a bound client's, or anonymous callers' when enforced. */
  private allowedManifests(client: ClientRecord | undefined, identity: Identity): string[] | undefined {
    if (client?.manifests.length) return client.manifests;
    const enforced = this.settings.clients.trustedOperations === 'enforce';
    return !client && identity.role === 'anonymous' && enforced ? this.settings.clients.anonymousManifests : undefined;
  }

  /** Trusted operations, and a registered client's usage and cost, once the request is read. */
  inspect(request: any, req: IncomingMessage, identity: Identity): Refusal | undefined {
    const client = this.clientOfRequest.get(req);
    const allowed = this.allowedManifests(client, identity);
    const { refusal, operation } = checkTrusted(req, request, this.trusted.catalogue, allowed);
    if (!client) return refusal;
    const name = operation?.name || (typeof request?.operationName === 'string' ? request.operationName : '(unnamed)');
    const usage = refusal ? `${name} (refused: ${refusal.code})` : name;
    void recordUsage(this.counters, client.clientId, usage).catch(() => undefined);
    if (!refusal)
      void chargeCost(this.counters, client.clientId, costOf(operation?.body ?? request?.query)).catch(() => undefined);
    return refusal;
  }

  /** POST /oauth/token and /oauth/revoke, GET /admin/usage and /admin/clients; false for every other path. */
  // A property, not a method: the server is handed it on its own, unbound.
  readonly pages = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const failed = (body: object) => () => sendJson(res, 500, body);
    if (url.pathname === '/oauth/token' || url.pathname === '/oauth/revoke')
      oauthPage(req, res, url.pathname, this.pageDependencies).catch(failed({ error: 'server_error' }));
    else if (url.pathname.startsWith('/admin/'))
      adminPage(req, res, url, this.pageDependencies).catch(
        failed({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      );
    else return false;
    return true;
  };

  async close(): Promise<void> {
    await this.counters.close();
    await this.pageDependencies.oauthLimiter.close();
    await this.registry?.close();
  }
}

export const clientGate = (options: ClientGateOptions): Promise<ClientGate> => ClientGate.open(options);
