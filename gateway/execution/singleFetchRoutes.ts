import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { ApolloGateway, Experimental_DidResolveQueryPlanCallback, GraphQLDataSource } from '@apollo/gateway';
import {
  GraphQLEnumType,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { gatewayShape, sameShape, subgraphShape } from './responseShape';

type PlanResolved = Parameters<Experimental_DidResolveQueryPlanCallback>[0];
type QueryPlan = PlanResolved['queryPlan'];
export type FetchNode = Extract<NonNullable<QueryPlan['node']>, { kind: 'Fetch' }>;

/** A query whose plan is one fetch, and whose subgraph answer is, byte for byte, the gateway's. */
export interface SingleFetchRoute {
  fetch: FetchNode;
  dataSource: GraphQLDataSource;
}

/** The schemas @apollo/gateway plans and shapes with (its own fields, not part of its typings). */
interface GatewaySchemas {
  apiSchema: Schema;
  supergraphSchema: GraphQLSchema;
}

/**
 * Which operations may skip @apollo/gateway's result shaping, learnt from the plans the gateway
 * resolves (experimental_didResolveQueryPlan): one per parsed document and operation name, so a
 * document is judged once, on its first request, and every later request of it is routed.
 * Apollo Server hands the executor the same parsed document for the same query text.
 */
export class SingleFetchRoutes {
  private routes = new WeakMap<DocumentNode, Map<string, SingleFetchRoute | null>>();
  private gateway?: ApolloGateway;

  attach(gateway: ApolloGateway): void {
    this.gateway = gateway;
    // A new supergraph plans anew; forget every route of the old one.
    gateway.onSchemaLoadOrUpdate(() => (this.routes = new WeakMap()));
  }

  /** Undefined: not judged yet (its first request goes the gateway's way); null: never routed. */
  routeFor(document: DocumentNode, operationName: string | undefined | null): SingleFetchRoute | null | undefined {
    return this.routes.get(document)?.get(operationName ?? '');
  }

  readonly learn: Experimental_DidResolveQueryPlanCallback = ({
    queryPlan,
    serviceMap,
    operationContext,
    requestContext,
  }) => {
    const document = requestContext.document;
    if (!document || !this.gateway) return;
    let byName = this.routes.get(document);
    if (!byName) this.routes.set(document, (byName = new Map()));
    const name = requestContext.request.operationName ?? '';
    if (byName.has(name)) return;
    byName.set(name, null);
    try {
      byName.set(name, routeOf(queryPlan, serviceMap, operationContext, this.gateway as unknown as GatewaySchemas));
    } catch {
      // Judging a plan must never fail the request: this document keeps the gateway's way.
    }
  };
}

/** The route of a resolved plan: its one fetch, when the subgraph's answer is the gateway's; else null. */
function routeOf(
  queryPlan: QueryPlan,
  serviceMap: PlanResolved['serviceMap'],
  operationContext: PlanResolved['operationContext'],
  schemas: GatewaySchemas,
): SingleFetchRoute | null {
  const fetch = plainFetch(queryPlan, operationContext.operation);
  return fetch && serviceMap[fetch.serviceName] && sameAnswer(fetch, operationContext, schemas)
    ? { fetch, dataSource: serviceMap[fetch.serviceName] }
    : null;
}

/** The plan's one fetch, when it is a query's only step with nothing to rewrite or join. */
function plainFetch(queryPlan: QueryPlan, operation: OperationDefinitionNode): FetchNode | undefined {
  const node = queryPlan.node;
  if (node?.kind !== 'Fetch' || operation.operation !== 'query' || node.operationKind !== 'query') return undefined;
  if (node.requires || node.hasDefers) return undefined;
  if (node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) return undefined;
  return node;
}

/**
 * Whether the gateway's shaping of the subgraph's data would write it again unchanged: the
 * operation the gateway shapes by and the fetch the subgraph answers have the same keys in the
 * same order everywhere, over object types only (responseShape.ts).
 */
function sameAnswer(fetch: FetchNode, context: PlanResolved['operationContext'], schemas: GatewaySchemas): boolean {
  let operation;
  try {
    operation = operationFromDocument(
      schemas.apiSchema,
      { kind: Kind.DOCUMENT, definitions: [context.operation, ...Object.values(context.fragments)] },
      { validate: false },
    );
  } catch {
    return false;
  }
  // An enum value the API hides (@inaccessible) is nulled by the gateway, with an error.
  const hidden = (enumName: string) => {
    const full = schemas.supergraphSchema.getType(enumName);
    const api = schemas.apiSchema.type(enumName);
    return (
      !(full instanceof GraphQLEnumType) || api?.kind !== 'EnumType' || full.getValues().length !== api.values.length
    );
  };
  const expected = gatewayShape(operation.selectionSet, hidden);
  const fetchDocument = fetch.operationDocumentNode ?? parse(fetch.operation);
  const fetchOperation = fetchDocument.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!expected || fetchOperation?.kind !== Kind.OPERATION_DEFINITION) return false;
  const fragments = Object.fromEntries(
    fetchDocument.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const answered = subgraphShape(fetchOperation.selectionSet, fragments);
  return answered !== undefined && sameShape(expected, answered);
}
