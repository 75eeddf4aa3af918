import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenHttp, type RunningHttpService } from '../subgraphs/shared/httpServer';
import { listenMetrics, metricsSettings } from '../subgraphs/shared/observability/metricsListener';
import { AnswerCache } from './caching/answerCache';
import { DependencyTally } from './caching/dependencyTally';
import { isAnonymousIdentity } from './caching/responseCache';
import { createGateway, type Gateway, type GatewayOptions } from './createGateway';
import { documentTooLarge, QUERY_LIMITS } from './limits/queryLimits';
import { readiness } from './readiness';
import { staticPages } from './staticPages';
import { subgraphsReady } from './subgraphsReady';

const withClientPages =
  (...handlers: Array<(req: IncomingMessage, res: ServerResponse) => boolean>) =>
  (req: IncomingMessage, res: ServerResponse) =>
    handlers.some((handle) => handle(req, res));

export interface RunningGateway extends RunningHttpService {
  gateway: Gateway;
  /** Where Prometheus scrapes the gateway (its own listener, observability/metricsListener.ts). */
  metricsUrl?: string;
}

/**
 * The gateway on HTTP: every /graphql request is admitted first (bearer token verified, rate
 * limit counted), bodies are capped at BODY_LIMIT, /ready asks every subgraph, and close()
 * finishes in-flight requests before releasing the rate-limit store.
 */
export async function serveGateway(options: GatewayOptions & { port: number; host?: string }): Promise<RunningGateway> {
  const gateway = await createGateway(options);
  const { settings, admission, limiter } = gateway;
  const answers = gateway.caching.enabled
    ? new AnswerCache(gateway.caching.generation, (req) => isAnonymousIdentity(admission.identityOf(req)))
    : undefined;
  const http = await listenHttp({
    server: gateway.server,
    context: async (req) => {
      // The fast path's ticket already read the write sequence: the request's S0, read once.
      const ticket = answers?.ticketOf(req);
      return {
        identity: admission.identityOf(req),
        dataGeneration: ticket ? async () => ticket.generation : gateway.caching.requestGeneration(),
        dependencies: ticket?.dependencies ?? new DependencyTally(),
        keptByAnswerCache: ticket !== undefined,
      };
    },
    admit: (req, res) => admission.admit(req, res),
    // POST bodies, GET query strings and APQ registrations alike, before anything parses them.
    inspect: (request, req) =>
      documentTooLarge(request, { tokens: QUERY_LIMITS.tokens, length: settings.maxQueryLength }) ??
      gateway.clients.inspect(request, req, admission.identityOf(req)),
    answers,
    port: options.port,
    host: options.host,
    bodyLimit: settings.bodyLimit,
    shutdownTimeoutMs: settings.shutdownTimeoutMs,
    pages: withClientPages(gateway.clients.pages, staticPages({ explorer: settings.introspection })),
    observer: gateway.observation.observer,
    logger: gateway.observation.logger,
    ready: readiness(
      admission,
      async () => {
        const probe = await subgraphsReady(gateway.urls);
        const rateLimit = !settings.rateLimit.redisUrl
          ? 'in memory'
          : limiter.healthy()
            ? 'shared (redis up)'
            : 'redis down: not enforced';
        return { ok: probe.ok, body: { ...probe.body, rateLimit } };
      },
      settings.readyCacheMs,
    ),
  });
  const metricsAt = metricsSettings('gateway', options.port);
  const metrics =
    metricsAt && (await listenMetrics(gateway.observation.metrics.registry, metricsAt.port, metricsAt.host));
  return {
    ...http,
    gateway,
    metricsUrl: metrics?.url,
    async close() {
      await http.close();
      await metrics?.close();
      await gateway.observation.close();
      await limiter.close();
      await gateway.caching.close();
      await gateway.clients.close();
      await gateway.closeSubgraphConnections();
    },
  };
}
