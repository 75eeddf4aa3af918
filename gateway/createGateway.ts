import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { subgraphUrl, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/shared/config';
import { SUPERGRAPH_FILE } from './composeSupergraph';
import { maskGatewayError } from './maskGatewayError';
import { enforceDateScalar } from './strictDateScalar';
import { SubgraphDataSource, type FetchListener } from './SubgraphDataSource';

export interface GatewayOptions {
  /** Where each subgraph is; defaults come from DISTRICT_URL, COMMUNE_URL, REFORM_URL. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  supergraphSdl?: string;
  onFetch?: FetchListener;
}

/**
 * The gateway over the committed, pre-composed supergraph (no introspection of subgraphs at
 * start-up): what it serves is exactly what `npm run compose` wrote and the tests checked.
 */
export async function createGateway(options: GatewayOptions = {}) {
  // Read by ApolloGateway's constructor: without it the gateway reports usage to Apollo.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, options.subgraphUrls?.[name] ?? subgraphUrl(name)]),
  ) as Record<SubgraphName, string>;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) => new SubgraphDataSource(urls[name as SubgraphName] ?? url!, name, options.onFetch),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => enforceDateScalar(apiSchema));
  const server = new ApolloServer({
    gateway,
    plugins: [ApolloServerPluginUsageReportingDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: maskGatewayError,
  });
  await server.start();
  return { server, gateway, urls };
}
