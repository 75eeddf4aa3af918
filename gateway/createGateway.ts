import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import {
  gatewaySecret,
  gatewaySettings,
  subgraphUrl,
  SUBGRAPH_NAMES,
  type GatewaySettings,
  type SubgraphName,
} from '../subgraphs/shared/config';
import { clientAdmission, type ClientAdmission } from './admitClient';
import { createClientIdentityReader } from './auth/clientIdentity';
import { SUPERGRAPH_FILE } from './composeSupergraph';
import { maskGatewayError } from './maskGatewayError';
import { queryArmor, requestChecksPlugin } from './queryLimits';
import { createRateLimiter, type RateLimiter } from './rateLimiter';
import { enforceDateScalar } from './strictDateScalar';
import { SubgraphDataSource, type FetchListener, type GatewayContext } from './SubgraphDataSource';

export interface GatewayOptions {
  /** Where each subgraph is; defaults come from DISTRICT_URL, COMMUNE_URL, REFORM_URL. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  supergraphSdl?: string;
  onFetch?: FetchListener;
  /** Security and limits; defaults come from the environment (gatewaySettings). */
  settings?: GatewaySettings;
  /** Key namespace of the shared rate-limit counters (tests isolate themselves with it). */
  rateLimitPrefix?: string;
}

export interface Gateway {
  server: ApolloServer<GatewayContext>;
  gateway: ApolloGateway;
  urls: Record<SubgraphName, string>;
  settings: GatewaySettings;
  admission: ClientAdmission;
  limiter: RateLimiter;
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
  const readIdentity = createClientIdentityReader(settings.tokens);
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, options.subgraphUrls?.[name] ?? subgraphUrl(name)]),
  ) as Record<SubgraphName, string>;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(urls[name as SubgraphName] ?? url!, name, options.onFetch, secret, settings.subgraphTimeoutMs),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => enforceDateScalar(apiSchema));
  const armor = queryArmor({ production: settings.production });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: settings.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ...armor.plugins,
      requestChecksPlugin(settings.maxPageSize),
    ],
    validationRules: armor.validationRules,
    includeStacktraceInErrorResponses: false,
    formatError: maskGatewayError,
  });
  await server.start();
  const limiter = createRateLimiter({ ...settings.rateLimit, prefix: options.rateLimitPrefix });
  const admission = clientAdmission(readIdentity, limiter, settings.trustProxy);
  return { server, gateway, urls, settings, admission, limiter };
}
