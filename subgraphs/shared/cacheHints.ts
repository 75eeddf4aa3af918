import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, isCompositeType, type GraphQLResolveInfo } from 'graphql';
import { ANONYMOUS } from './auth/identity';
import { toIsoDate, vnDate } from './dates';

/**
 * Cache-control hints for the public statistics, set in one place instead of in every resolver.
 * Each subgraph names its public types (SubgraphDefinition.publicTypes).
 * Apollo's cache-control plugin makes a response cacheable only when every object-typed field
 * carries a hint (an unhinted one counts as max-age 0), so hinting exactly the listed types
 * keeps everything else out of any cache: dossiers, desk events and whatever type is added
 * later stay uncacheable until someone lists it on purpose.
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

/** The window ends this field depends on; `undefined` when it takes none. */
function windowEnds(info: GraphQLResolveInfo, args: Record<string, any>): unknown[] {
  if (info.fieldName === '_entities') {
    const reps: Array<Record<string, unknown>> = args.representations ?? [];
    return reps.flatMap((rep) => WINDOW_ENDS.filter((k) => k in rep).map((k) => rep[k]));
  }
  const declared = info.parentType.getFields()[info.fieldName]?.args ?? [];
  return declared.filter((a) => (WINDOW_ENDS as readonly string[]).includes(a.name)).map((a) => args[a.name]);
}

function hintFor(info: GraphQLResolveInfo, args: Record<string, any>, publicTypes: ReadonlySet<string>): boolean {
  if (info.parentType.name === 'Mutation') return false;
  const type = getNamedType(info.returnType);
  if (info.fieldName === '_entities') {
    const reps: Array<Record<string, unknown>> = args.representations ?? [];
    return reps.every((rep) => publicTypes.has(String(rep.__typename)));
  }
  if (isCompositeType(type)) return publicTypes.has(type.name);
  // A scalar inherits its parent's hint, unless it takes a window of its own (directiveCount).
  return windowEnds(info, args).length > 0;
}

/** What Apollo's cache-control plugin adds to `info` (its type package is not a direct dependency). */
type CacheControlInfo = GraphQLResolveInfo & {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void };
};

/**
 * Hints every field of a public type with a max-age chosen by its window; a request with an
 * identity gets scope PRIVATE, so no shared cache (ours or an HTTP one) keeps what it was told.
 * List it before ApolloServerPluginCacheControl: Apollo calls willResolveField hooks in reverse
 * plugin order, and the cache-control plugin's must run first to install `info.cacheControl`.
 */
export function cacheHintsPlugin(
  publicTypes: ReadonlySet<string>,
): ApolloServerPlugin<{ identity?: { role: string } }> {
  return {
    async requestDidStart({ contextValue }) {
      const scope = !contextValue.identity || contextValue.identity.role === ANONYMOUS.role ? 'PUBLIC' : 'PRIVATE';
      const today = vnDate(new Date());
      return {
        async executionDidStart() {
          return {
            willResolveField({ info, args }) {
              const cacheControl = (info as CacheControlInfo).cacheControl;
              if (!cacheControl || !hintFor(info, args, publicTypes)) return;
              cacheControl.setCacheHint({ maxAge: maxAgeFor(windowEnds(info, args), today), scope });
            },
          };
        },
      };
    },
  };
}
