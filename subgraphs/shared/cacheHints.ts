import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isCompositeType,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ANONYMOUS } from './auth/identity';
import { toIsoDate, vnDate } from './dates';
import { operationFields, type ReachedField } from './operationFields';

/**
 * Cache-control hints for the public statistics, set in one place instead of in every resolver.
 * Each subgraph names its public types (SubgraphDefinition.publicTypes). An answer is cacheable
 * only when every object-typed field it selects has one of those types (an unlisted one counts
 * as max-age 0, as in Apollo's cache-control plugin), so dossiers, desk events and whatever type
 * is added later stay uncacheable until someone lists it on purpose.
 *
 * The policy is read from the operation (its fields and their arguments), not field by field as
 * the answer is built: a per-field hook makes Apollo wrap every resolver of the schema, which
 * cost 12 % (district exchanges) to 31 % (commune breakdowns) of Apollo's work on an exchange,
 * measured for issue 17. The rules are Apollo's plugin's: a composite field or a root field
 * without a hint counts as 0, a scalar inherits its parent's unless it takes a window of its own;
 * reading the operation only adds fields that a null or empty parent would have left unresolved,
 * so it can only be stricter.
 *
 * The gateway reads the resulting Cache-Control header of every subgraph answer and caches an
 * anonymous response for the smallest max-age it was given (gateway/responseCache.ts).
 */
/** Seconds a figure may be served from a cache. Writes invalidate earlier (the data generation). */
export const MAX_AGE = {
  /** A window that ended before today (Vietnam time): only a write can change it. */
  closedWindow: 86_400,
  /** A window that includes today (or a day to come): stocks and deadlines move as time passes. */
  openWindow: 60,
  /** No window: the catalogue, names, plans. */
  noWindow: 3_600,
} as const;

/** Arguments and entity key fields that end a window (`to`) or fix a day (`asOf`). */
const WINDOW_ENDS = ['to', 'asOf'] as const;

function maxAgeFor(ends: Array<unknown>, today: string): number {
  if (!ends.length) return MAX_AGE.noWindow;
  // A missing end means "today" (overdue(asOf) without asOf): treated as open.
  return ends.every((end) => end != null && day(end) < today) ? MAX_AGE.closedWindow : MAX_AGE.openWindow;
}

/** Arguments arrive as Dates (the scalar parsed them), entity keys as strings. */
function day(value: unknown): string {
  try {
    return toIsoDate(value as Date | string);
  } catch {
    return '9999-12-31'; // not a day: treated as open
  }
}

/** The window ends this field depends on; empty when it takes none. */
function windowEnds(field: GraphQLField<unknown, unknown>, args: Record<string, any>): unknown[] {
  if (field.name === '_entities') {
    const reps: Array<Record<string, unknown>> = args.representations ?? [];
    return reps.flatMap((rep) => WINDOW_ENDS.filter((k) => k in rep).map((k) => rep[k]));
  }
  return field.args.filter((a) => (WINDOW_ENDS as readonly string[]).includes(a.name)).map((a) => args[a.name]);
}

function isHinted(
  parentType: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, any>,
  publicTypes: ReadonlySet<string>,
): boolean {
  if (parentType.name === 'Mutation') return false;
  if (field.name === '_entities') {
    const reps: Array<Record<string, unknown>> = args.representations ?? [];
    return reps.every((rep) => publicTypes.has(String(rep.__typename)));
  }
  const type = getNamedType(field.type);
  if (isCompositeType(type)) return publicTypes.has(type.name);
  // A scalar inherits its parent's hint, unless it takes a window of its own (directiveCount).
  return windowEnds(field, args).length > 0;
}

/** The max-age one selected field allows; undefined when it leaves the answer's to its other fields. */
function fieldMaxAge(reached: ReachedField, publicTypes: ReadonlySet<string>, today: string): number | undefined {
  const { parentType, field, args, isRoot } = reached;
  if (isHinted(parentType, field, args, publicTypes)) return maxAgeFor(windowEnds(field, args), today);
  return isCompositeType(getNamedType(field.type)) || isRoot ? 0 : undefined;
}

/**
 * The smallest max-age of the operation's fields, or 0 when it is not cacheable (a field counts
 * 0, or its variables or arguments do not coerce: then the answer is an error anyway).
 */
export function operationMaxAge(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  publicTypes: ReadonlySet<string>,
  today: string,
): number {
  const fields = operationFields(schema, document, operation, variables);
  if (!fields) return 0;
  let maxAge: number | undefined;
  for (const reached of fields) {
    const age = fieldMaxAge(reached, publicTypes, today);
    if (age !== undefined) maxAge = maxAge === undefined ? age : Math.min(maxAge, age);
    if (maxAge === 0) return 0;
  }
  return maxAge ?? 0;
}

/**
 * Sets each answer's Cache-Control: `max-age=N, public` for an anonymous request, `private` for
 * one with an identity (so no shared cache, ours or an HTTP one, keeps what it was told), and
 * `no-store` for an answer with errors or a field that may not be cached.
 * Used with ApolloServerPluginCacheControlDisabled: Apollo's own plugin would hint field by field.
 */
export function cacheHintsPlugin(
  publicTypes: ReadonlySet<string>,
): ApolloServerPlugin<{ identity?: { role: string } }> {
  return {
    async requestDidStart({ contextValue }) {
      const scope = !contextValue.identity || contextValue.identity.role === ANONYMOUS.role ? 'public' : 'private';
      const today = vnDate(new Date());
      return {
        // Apollo has already picked the operation the request names (undefined when it failed to).
        async willSendResponse({ response, document, operation, request, schema }) {
          const body = response.body;
          const maxAge =
            body.kind === 'single' && !body.singleResult.errors && document && operation
              ? operationMaxAge(schema, document, operation, request.variables, publicTypes, today)
              : 0;
          response.http.headers.set('cache-control', maxAge > 0 ? `max-age=${maxAge}, ${scope}` : 'no-store');
        },
      };
    },
  };
}
