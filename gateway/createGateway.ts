import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { gatewaySecret, subgraphUrl, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/shared/config';
import { gatewaySettings, type GatewaySettings } from './settings';
import { statisticsBounds, type StatisticsBounds } from '../subgraphs/shared/statisticsBounds';
import { clientAdmission, type ClientAdmission } from './auth/admitClient';
import { clientGate, type ClientGate } from './clients/clientGate';
import { clientsDatabaseConfig } from './clients/registry';
import type { DatabaseConfig } from '../subgraphs/shared/config';
import { createClientIdentityReader } from './auth/clientIdentity';
import { SUPERGRAPH_FILE } from './composeSupergraph';
import { maskGatewayError } from './maskGatewayError';
import { queryArmor, requestChecksPlugin } from './limits/queryLimits';
import { createRateLimiter, type RateLimiter } from './limits/rateLimiter';
import { responseSizeBound } from './limits/responseSize';
import { responseCaching, type ResponseCaching } from './caching/responseCache';
import { statisticsCostPlugin } from './limits/statisticsCost';
import { enforceDateScalar } from './limits/strictDateScalar';
import { SubgraphDataSource, type FetchListener, type GatewayContext } from './SubgraphDataSource';
import { subgraphClient } from './subgraphHttp';
import { GatewayObservation } from './observability/gatewayObservation';
import { SingleFetchRoutes } from './execution/singleFetchRoutes';
import { passingSingleFetchesThrough } from './execution/passThrough';
import { graphqlRequestPlugin } from '../subgraphs/shared/observability/graphqlRequestPlugin';
import type { TracingOptions } from '../subgraphs/shared/observability/tracing';

export interface GatewayOptions {
  /** Where each subgraph is; defaults come from DISTRICT_URL, COMMUNE_URL, REFORM_URL. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  supergraphSdl?: string;
  onFetch?: FetchListener;
  /** Security and limits; defaults come from the environment (gatewaySettings). */
  settings?: GatewaySettings;
  /** Key namespace of the shared rate-limit counters (tests isolate themselves with it). */
  rateLimitPrefix?: string;
  /** Whole-response cache of anonymous statistics; default on unless RESPONSE_CACHE=off. */
  responseCache?: boolean;
  /** Key namespace of the shared cache and data generation in Redis (tests isolate themselves with it). */
  cachePrefix?: string;
  /** Bounds on statistics windows, rows and answer bytes; defaults come from the environment. */
  bounds?: StatisticsBounds;
  /** The client registry's database (default clientsDatabaseConfig()); null: no registered clients. */
  clientsDatabase?: DatabaseConfig | null;
  /** Where spans go; defaults to the OTLP variables of the environment (off when unset). */
  tracing?: TracingOptions;
}

export interface Gateway {
  server: ApolloServer<GatewayContext>;
  gateway: ApolloGateway;
  urls: Record<SubgraphName, string>;
  settings: GatewaySettings;
  admission: ClientAdmission;
  limiter: RateLimiter;
  caching: ResponseCaching;
  clients: ClientGate;
  /** Metrics, request log and traces (observability/gatewayObservation.ts). */
  observation: GatewayObservation;
  /** Closes the subgraphs' kept-alive connections. */
  closeSubgraphConnections(): Promise<void>;
}

/**
 * The gateway over the committed, pre-composed supergraph (no introspection of subgraphs at
 * start-up): what it serves is exactly what `npm run compose` wrote and the tests checked.
 */
export async function createGateway(options: GatewayOptions = {}): Promise<Gateway> {
  // Read by ApolloGateway's constructor: without it the gateway reports usage to Apollo.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const settings = options.settings ?? gatewaySettings();
  const secret = gatewaySecret();
  const clients = await clientGate({
    settings,
    database: options.clientsDatabase === undefined ? clientsDatabaseConfig() : options.clientsDatabase,
    prefix: options.rateLimitPrefix,
  });
  const readIdentity = clients.identityReader(createClientIdentityReader(settings.tokens));
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, options.subgraphUrls?.[name] ?? subgraphUrl(name)]),
  ) as Record<SubgraphName, string>;
  const observation = new GatewayObservation(options.tracing);
  const singleFetches = new SingleFetchRoutes();
  const subgraphs = subgraphClient(settings.subgraphTimeoutMs);
  const gateway = new ApolloGateway({
    experimental_didResolveQueryPlan: singleFetches.learn,
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        urls[name as SubgraphName] ?? url!,
        name,
        options.onFetch,
        secret,
        subgraphs.fetch,
        observation,
      ),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => enforceDateScalar(apiSchema));
  singleFetches.attach(gateway);
  const armor = queryArmor({ production: settings.production });
  const caching = responseCaching({
    enabled: options.responseCache ?? process.env.RESPONSE_CACHE !== 'off',
    redisUrl: settings.rateLimit.redisUrl,
    // A gateway given its own Redis namespace (the tests) keeps its cache in it too.
    prefix: options.cachePrefix ?? (options.rateLimitPrefix ? `${options.rateLimitPrefix}cache:` : undefined),
    persistedQueries: settings.persistedQueries,
  });
  const bounds = options.bounds ?? statisticsBounds();
  const responseSize = responseSizeBound(bounds.maxResponseBytes);
  const server = new ApolloServer<GatewayContext>({
    gateway: passingSingleFetchesThrough(gateway, singleFetches, observation.metrics.passedThrough),
    introspection: settings.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Cached responses, and automatic persisted queries when there is no Redis for them.
    cache: caching.cache ?? 'bounded',
    persistedQueries: caching.persistedQueries,
    plugins: [
      // First, so an answer over the byte bound is replaced before any other plugin keeps it.
      responseSize.plugin,
      ...caching.plugins,
      ApolloServerPluginUsageReportingDisabled(),
      ...armor.plugins,
      requestChecksPlugin(settings.maxPageSize),
      statisticsCostPlugin(bounds),
      graphqlRequestPlugin<GatewayContext>(),
    ],
    stringifyResult: responseSize.stringify,
    validationRules: armor.validationRules,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => maskGatewayError(formatted, { production: settings.production }),
  });
  await server.start();
  const limiter = createRateLimiter({ ...settings.rateLimit, prefix: options.rateLimitPrefix });
  const admission = clients.admission(clientAdmission(readIdentity, limiter, settings.trustProxy, settings.rateLimit));
  return {
    server,
    gateway,
    urls,
    settings,
    admission,
    limiter,
    caching,
    clients,
    observation,
    closeSubgraphConnections: subgraphs.close,
  };
}
