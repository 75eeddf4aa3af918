import type { ApolloGateway } from '@apollo/gateway';
import type { Counter } from 'prom-client';
import { getVariableValues } from 'graphql';
import { replayNextFetch } from './fetchReplay';
import type { SingleFetchRoute, SingleFetchRoutes } from './singleFetchRoutes';

type Executor = ApolloGateway['executor'];
type RequestContext = Parameters<Executor>[0];
type Loaded = Awaited<ReturnType<ApolloGateway['load']>>;

/** The only gateway members Apollo Server uses (GatewayInterface), with the executor wrapped. */
export interface PassThroughGateway {
  load: ApolloGateway['load'];
  onSchemaLoadOrUpdate: ApolloGateway['onSchemaLoadOrUpdate'];
  stop: ApolloGateway['stop'];
}

/**
 * @apollo/gateway for Apollo Server, except that a query whose plan is one fetch that the
 * gateway's result shaping would copy unchanged (singleFetchRoutes.ts) gets the subgraph's data
 * as it came: a large answer (the sector x month table) is not walked and rebuilt field by field.
 * The fetch goes through the same data source (identity, timeout, metrics, shared reads).
 * Anything else the gateway would have to act on (variables that do not coerce, a subgraph
 * error, no data, traces asked for, a query plan asked for) goes the gateway's way, with the
 * answer already fetched replayed to it, so the client gets the gateway's own response.
 */
export function passingSingleFetchesThrough(
  gateway: ApolloGateway,
  routes: SingleFetchRoutes,
  passedThrough?: Counter,
): PassThroughGateway {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded: Loaded = await gateway.load(options);
      const executor = loaded.executor;
      return {
        ...loaded,
        executor: (requestContext: RequestContext) => {
          const route = routes.routeFor(requestContext.document, requestContext.request.operationName);
          return route && plain(requestContext)
            ? passThrough(route, requestContext, executor, passedThrough)
            : executor(requestContext);
        },
      };
    },
  };
}

/** Nothing in this request asks the gateway for more than the data: no traces, no plan, good variables. */
function plain(requestContext: RequestContext): boolean {
  if (requestContext.metrics?.captureTraces) return false;
  if (requestContext.request.http?.headers.get('apollo-query-plan-experimental')) return false;
  const definitions = requestContext.operation?.variableDefinitions;
  if (!definitions?.length) return true;
  return !getVariableValues(requestContext.schema, definitions, requestContext.request.variables ?? {}).errors;
}

async function passThrough(
  route: SingleFetchRoute,
  requestContext: RequestContext,
  executor: Executor,
  passedThrough?: Counter,
) {
  const { fetch, dataSource } = route;
  let response;
  try {
    response = await dataSource.process({
      kind: 'incoming operation' as any,
      request: {
        query: fetch.operation,
        variables: fetchVariables(route, requestContext),
        operationName: fetch.operationName,
      },
      incomingRequestContext: requestContext,
      context: requestContext.context,
      document: fetch.operationDocumentNode,
      pathInIncomingRequest: [],
    });
  } catch (error) {
    replayNextFetch(requestContext, fetch.serviceName, () => Promise.reject(error));
    return executor(requestContext);
  }
  const data = response.data;
  if (response.errors || data === null || typeof data !== 'object' || Array.isArray(data)) {
    replayNextFetch(requestContext, fetch.serviceName, () => Promise.resolve(response));
    return executor(requestContext);
  }
  passedThrough?.inc();
  return { data };
}

/** The variables the gateway would send with this fetch (executeQueryPlan.ts, executeFetch). */
function fetchVariables({ fetch }: SingleFetchRoute, requestContext: RequestContext): Record<string, unknown> {
  const given = requestContext.request.variables;
  const variables: Record<string, unknown> = Object.create(null);
  for (const name of fetch.variableUsages ?? []) {
    if (given && Object.prototype.hasOwnProperty.call(given, name) && given[name] !== undefined)
      variables[name] = given[name];
  }
  return variables;
}
