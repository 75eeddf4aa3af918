import { createGateway } from '../../gateway/createGateway';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { reformSubgraph } from '../../subgraphs/reform/reformSubgraph';
import type { DatabaseConfig, SubgraphName } from '../../subgraphs/shared/config';
import { listenHttp, type RunningHttpService } from '../../subgraphs/shared/httpServer';
import { openSubgraph, type SubgraphApp, type SubgraphDefinition } from '../../subgraphs/shared/subgraphApp';
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

export interface RunningSupergraph {
  gatewayUrl: string;
  apps: Record<SubgraphName, SubgraphApp<any>>;
  /** Subgraph fetches the gateway made since the last `resetCounters()`, by subgraph name. */
  fetches: Record<string, number>;
  /** SQL statements each subgraph sent since the last `resetCounters()`. */
  statements(): Record<SubgraphName, number>;
  resetCounters(): void;
  /** POSTs to the gateway; `token` is sent as a bearer token, `headers` as given. */
  queryGateway<T = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * Every subgraph and the gateway in-process on port 0, over the test databases, the shape of
 * Apollo's own gateway tests. `databases` swaps in another database for some subgraphs.
 */
export async function startSupergraph(databases: Partial<Record<SubgraphName, DatabaseConfig>> = {}): Promise<RunningSupergraph> {
  const apps = {} as Record<SubgraphName, SubgraphApp<any>>;
  const services: RunningHttpService[] = [];
  const urls = {} as Record<SubgraphName, string>;
  for (const name of Object.keys(DEFINITIONS) as SubgraphName[]) {
    const app = await openSubgraph(DEFINITIONS[name], databases[name] ?? testDatabase(name));
    apps[name] = app;
    const http = await listenHttp({ server: app.server, context: (req) => app.context(req), port: 0, host: '127.0.0.1', ready: () => app.ready() });
    services.push(http);
    urls[name] = http.url.replace('localhost', '127.0.0.1');
  }
  const fetches: Record<string, number> = {};
  const { server } = await createGateway({
    subgraphUrls: urls,
    onFetch: (name) => {
      fetches[name] = (fetches[name] ?? 0) + 1;
    },
  });
  const gatewayHttp = await listenHttp({ server, context: async () => ({}), port: 0, host: '127.0.0.1' });
  const gatewayUrl = gatewayHttp.url.replace('localhost', '127.0.0.1');
  const baseline = {} as Record<SubgraphName, number>;

  const running: RunningSupergraph = {
    gatewayUrl,
    apps,
    fetches,
    statements: () =>
      Object.fromEntries((Object.keys(apps) as SubgraphName[]).map((n) => [n, apps[n].statements.count - (baseline[n] ?? 0)])) as Record<
        SubgraphName,
        number
      >,
    resetCounters() {
      for (const key of Object.keys(fetches)) delete fetches[key];
      for (const name of Object.keys(apps) as SubgraphName[]) baseline[name] = apps[name].statements.count;
    },
    async queryGateway(query, variables, options = {}) {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
    },
    async stop() {
      await gatewayHttp.close();
      for (const http of services) await http.close();
      for (const app of Object.values(apps)) await app.close();
    },
  };
  running.resetCounters();
  return running;
}
