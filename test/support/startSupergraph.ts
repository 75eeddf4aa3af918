import { serveGateway } from '../../gateway/serveGateway';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { reformSubgraph } from '../../subgraphs/reform/reformSubgraph';
import { type DatabaseConfig, type SubgraphName } from '../../subgraphs/shared/config';
import { gatewaySettings, type GatewaySettings } from '../../gateway/settings';
import type { RunningHttpService } from '../../subgraphs/shared/httpServer';
import { serveSubgraph } from '../../subgraphs/shared/runSubgraph';
import { openSubgraph, type SubgraphApp, type SubgraphDefinition } from '../../subgraphs/shared/subgraphApp';
import { findLeaks, findPrivateData, metricLabelValues } from './leakScan';
import { gatewaySecret } from '../../subgraphs/shared/config';
import { captureLogs } from '../../subgraphs/shared/observability/logger';
import { listenMetrics, type MetricsEndpoint } from '../../subgraphs/shared/observability/metricsListener';
import type { TracingOptions } from '../../subgraphs/shared/observability/tracing';
import { testDatabase } from './testDatabases';

const DEFINITIONS: Record<SubgraphName, SubgraphDefinition<any>> = {
  district: districtSubgraph,
  commune: communeSubgraph,
  reform: reformSubgraph,
};

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }> };
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface SupergraphOptions {
  /** Overrides of the gateway's settings; the tests run it in production mode by default. */
  settings?: Partial<GatewaySettings>;
  /** Namespace of the shared rate-limit counters when settings.rateLimit.redisUrl is set. */
  rateLimitPrefix?: string;
  /** The client registry's database; none by default (no registered clients). */
  clientsDatabase?: DatabaseConfig;
  /** Spans of every service to this OTLP/HTTP receiver (off by default). */
  tracing?: TracingOptions;
}

export interface RunningSupergraph {
  gatewayUrl: string;
  apps: Record<SubgraphName, SubgraphApp<any>>;
  /** Where the gateway reaches each subgraph (for tests calling a subgraph directly). */
  subgraphUrls: Record<SubgraphName, string>;
  /** Subgraph fetches the gateway made since the last `resetCounters()`, by subgraph name. */
  fetches: Record<string, number>;
  /** SQL statements each subgraph sent since the last `resetCounters()`. */
  statements(): Record<SubgraphName, number>;
  resetCounters(): void;
  /** POSTs to the gateway; `token` is sent as a bearer token, `headers` as given. */
  queryGateway<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Any HTTP request to the gateway (path defaults to /graphql), recorded like queryGateway's. */
  request(init: RequestInit & { path?: string }): Promise<RawResponse>;
  /** Every gateway response body so far; stop() fails if one holds internal details. */
  responses: string[];
  /** Every log line of every service since start; stop() fails if one holds a token, a secret or applicant data. */
  logs: string[];
  /** Where each service's metrics are scraped; stop() scans their labels like the logs. */
  metricsUrls: Record<SubgraphName | 'gateway', string>;
  /** Sends every service's buffered spans (when tracing is on). */
  flushTraces(): Promise<void>;
  /** The tokens tests sent; stop() checks none of them reached a log line or a label. */
  sentSecrets: string[];
  /** Takes a subgraph off the network (its process "dies"), and brings it back on the same port. */
  killSubgraph(name: SubgraphName): Promise<void>;
  reviveSubgraph(name: SubgraphName): Promise<void>;
  /** Shuts the gateway down as SIGTERM does: in-flight requests finish, new ones are refused. */
  closeGateway(): Promise<void>;
  stop(): Promise<void>;
}

/** The tests' gateway: production behaviour (introspection off, no suggestions), the development key, no practical rate limit. */
function testSettings(overrides: Partial<GatewaySettings>): GatewaySettings {
  const base = gatewaySettings({});
  return {
    ...base,
    production: true,
    introspection: false,
    rateLimit: { ...base.rateLimit, max: 1_000_000 },
    // A loaded 2-core CI machine must not turn a slow answer into a failed test; the tests of
    // timeouts set their own.
    subgraphTimeoutMs: 30_000,
    ...overrides,
  };
}

/**
 * Every subgraph and the gateway in-process on port 0, over the test databases, the shape of
 * Apollo's own gateway tests. `databases` swaps in another database for some subgraphs.
 */
export async function startSupergraph(
  databases: Partial<Record<SubgraphName, DatabaseConfig>> = {},
  options: SupergraphOptions = {},
): Promise<RunningSupergraph> {
  const logs: string[] = [];
  const stopCapturing = captureLogs(logs);
  const metricsEndpoints: MetricsEndpoint[] = [];
  const metricsUrls = {} as Record<SubgraphName | 'gateway', string>;
  const apps = {} as Record<SubgraphName, SubgraphApp<any>>;
  const services = {} as Record<SubgraphName, RunningHttpService>;
  const urls = {} as Record<SubgraphName, string>;
  for (const name of Object.keys(DEFINITIONS) as SubgraphName[]) {
    const app = await openSubgraph(DEFINITIONS[name], databases[name] ?? testDatabase(name), {
      tracing: options.tracing,
    });
    apps[name] = app;
    const metrics = await listenMetrics(app.metrics.registry, 0);
    metricsEndpoints.push(metrics);
    metricsUrls[name] = metrics.url;
    services[name] = await serveSubgraph(app, { port: 0, host: '127.0.0.1' });
    urls[name] = services[name].url.replace('localhost', '127.0.0.1');
  }
  const fetches: Record<string, number> = {};
  const gatewayHttp = await serveGateway({
    subgraphUrls: urls,
    onFetch: (name) => {
      fetches[name] = (fetches[name] ?? 0) + 1;
    },
    settings: testSettings(options.settings ?? {}),
    rateLimitPrefix: options.rateLimitPrefix,
    clientsDatabase: options.clientsDatabase ?? null,
    tracing: options.tracing,
    port: 0,
    host: '127.0.0.1',
  });
  metricsUrls.gateway = gatewayHttp.metricsUrl!;
  const sentSecrets: string[] = [];
  const gatewayUrl = gatewayHttp.url.replace('localhost', '127.0.0.1');
  const baseline = {} as Record<SubgraphName, number>;
  const responses: string[] = [];

  const request = async ({ path = '/graphql', ...init }: RequestInit & { path?: string }): Promise<RawResponse> => {
    const credential = new Headers(init.headers).get('authorization')?.replace(/^Bearer\s+/i, '');
    if (credential && credential.length >= 20) sentSecrets.push(credential);
    const response = await fetch(new URL(path, gatewayUrl), init);
    const text = await response.text();
    responses.push(text);
    return { status: response.status, headers: response.headers, text };
  };

  const running: RunningSupergraph = {
    gatewayUrl,
    apps,
    subgraphUrls: urls,
    fetches,
    responses,
    logs,
    metricsUrls,
    sentSecrets,
    async flushTraces() {
      await gatewayHttp.gateway.observation.tracing?.flush();
      for (const app of Object.values(apps)) await app.tracing?.flush();
    },
    statements: () =>
      Object.fromEntries(
        (Object.keys(apps) as SubgraphName[]).map((n) => [n, apps[n].statements.count - (baseline[n] ?? 0)]),
      ) as Record<SubgraphName, number>,
    resetCounters() {
      for (const key of Object.keys(fetches)) delete fetches[key];
      for (const name of Object.keys(apps) as SubgraphName[]) baseline[name] = apps[name].statements.count;
    },
    async queryGateway(query, variables, options = {}) {
      const response = await request({
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: JSON.parse(response.text) as GraphQLResponse['body'] };
    },
    request,
    async killSubgraph(name) {
      const { httpServer } = services[name];
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
    },
    async reviveSubgraph(name) {
      services[name] = await serveSubgraph(apps[name], { port: services[name].port, host: '127.0.0.1' });
    },
    async closeGateway() {
      if (gatewayHttp.httpServer.listening) await gatewayHttp.close();
    },
    async stop() {
      // From the registries themselves: a test may have stopped the gateway (and its listener) already.
      const registries = [
        gatewayHttp.gateway.observation.metrics.registry,
        ...Object.values(apps).map((a) => a.metrics.registry),
      ];
      const labels = (await Promise.all(registries.map((registry) => registry.metrics()))).flatMap(metricLabelValues);
      await running.closeGateway();
      for (const http of Object.values(services)) if (http.httpServer.listening) await http.close();
      for (const app of Object.values(apps)) await app.close();
      for (const endpoint of metricsEndpoints) await endpoint.close();
      stopCapturing();
      const secrets = [...sentSecrets, gatewaySecret()];
      const exposed = [...logs, ...labels].flatMap((text) =>
        findPrivateData(text, secrets).map((kind) => `${kind} in ${text.slice(0, 300)}`),
      );
      if (exposed.length) throw new Error(`Logs or metric labels exposed private data:\n${exposed.join('\n')}`);
      const leaks = responses.flatMap((text) => findLeaks(text).map((kind) => `${kind} in ${text.slice(0, 300)}`));
      if (leaks.length) throw new Error(`Responses leaked internal details:\n${leaks.join('\n')}`);
    },
  };
  running.resetCounters();
  return running;
}
