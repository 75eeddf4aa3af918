import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import Redis from 'ioredis';
import { ANONYMOUS, type Identity } from '../../subgraphs/shared/auth/identity';
import {
  DEFAULT_CACHE_PREFIX,
  memoryGeneration,
  redisGeneration,
  type DataGeneration,
} from '../../subgraphs/shared/dataGeneration';
import type { GatewayContext } from '../SubgraphDataSource';
import { describeError, serviceLogger } from '../../subgraphs/shared/observability/logger';

/**
 * Apollo's KeyValueCache over ioredis, shared by every gateway replica: whole responses (the
 * response-cache plugin) and automatic persisted queries. Redis trouble is a miss, never an
 * error: the cache must not take the API down with it.
 */
export class RedisKeyValueCache {
  constructor(
    protected readonly redis: Redis,
    protected readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    try {
      if (options?.ttl) await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.ceil(options.ttl)));
      else await this.redis.set(this.prefix + key, value);
    } catch {
      // not cached this time
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch {
      return false;
    }
  }
}

/**
 * Automatic persisted queries in Redis: every document expires `ttlSeconds` after it was
 * registered, and at most `maxBytes` of documents are registered per such window (the window's
 * budget and the document are one atomic script), so anonymous clients cannot grow Redis
 * without bound: at most twice the budget is alive at once. A registration over the budget
 * still runs; its hash is simply not kept. Redis trouble is a miss, as for the response cache.
 */
export class RedisPersistedQueries extends RedisKeyValueCache {
  private static readonly KEEP = `
    local used = redis.call('INCRBY', KEYS[2], string.len(ARGV[1]))
    if used == string.len(ARGV[1]) then redis.call('EXPIRE', KEYS[2], ARGV[2]) end
    if used > tonumber(ARGV[3]) then return 0 end
    redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
    return 1`;

  constructor(
    redis: Redis,
    prefix: string,
    private readonly limits: { ttlSeconds: number; maxBytes: number },
  ) {
    super(redis, prefix);
  }

  /** Keeps the document only within the window's budget (KEEP); reads and deletes are the cache's own. */
  override async set(key: string, value: string): Promise<void> {
    try {
      await this.redis.eval(
        RedisPersistedQueries.KEEP,
        2,
        this.prefix + key,
        `${this.prefix}apq-budget`,
        value,
        this.limits.ttlSeconds,
        this.limits.maxBytes,
      );
    } catch {
      // not kept this time: the client registers it again
    }
  }
}

export interface ResponseCaching {
  /** For ApolloServer's `cache` (APQ and responses); undefined: Apollo's bounded in-memory LRU. */
  cache?: RedisKeyValueCache;
  plugins: ApolloServerPlugin<GatewayContext>[];
  /** For ApolloServer's `persistedQueries`: in Redis when it is set, otherwise in `cache` (Apollo's bounded LRU); both expire. */
  persistedQueries: { cache?: RedisPersistedQueries; ttl: number };
  /** Whether anonymous answers are cached at all (RESPONSE_CACHE). */
  enabled: boolean;
  /** The data generation every cached answer is keyed by (answerCache.ts reads it too). */
  generation: DataGeneration;
  /** For a request's context: the generation it sees, read once when first asked (null: unknown). */
  requestGeneration(): () => Promise<string | null>;
  close(): Promise<void>;
}

const once = <T>(read: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= read());
};

export const isAnonymousIdentity = (identity: Identity) => identity.role === ANONYMOUS.role && !identity.subject;
const isAnonymous = (ctx: GatewayContext) => isAnonymousIdentity(ctx.identity);

/**
 * Whole-response caching at the gateway. Only anonymous queries are read from or written to it
 * (anything with an identity goes to the subgraphs every time); only responses whose every
 * subgraph answer said `public` with a max-age are kept, for the smallest max-age (the
 * subgraphs' hints, subgraphs/shared/cacheHints.ts, honoured by RemoteGraphQLDataSource); no
 * response with an error is kept. Anonymous POSTs over HTTP are the fast path's
 * (answerCache.ts), which keeps each answer with the units it read, so it outlives writes to
 * other units. Apollo's cache (shared by the replicas through Redis) keeps the rest, GETs and
 * in-process operations, keyed by the whole write sequence, which every mutation moves once it
 * has run, so an answer cached before a write is never served after it. POSTs stay out of it:
 * under a fleet's steady writes an answer keyed by the whole sequence lives a fraction of a
 * second, and costs a Redis write of the whole answer per miss.
 */
export function responseCaching(options: {
  enabled: boolean;
  redisUrl?: string;
  prefix?: string;
  persistedQueries: { ttlSeconds: number; maxBytes: number };
}): ResponseCaching {
  const prefix = options.prefix ?? DEFAULT_CACHE_PREFIX;
  const redis = options.redisUrl ? cacheRedis(options.redisUrl) : undefined;
  const generation: DataGeneration = redis ? redisGeneration(redis, prefix) : memoryGeneration();
  const plugins: ApolloServerPlugin<GatewayContext>[] = [bumpAfterMutations(generation)];
  if (options.enabled) plugins.push(anonymousResponseCache(generation));
  return {
    cache: redis ? new RedisKeyValueCache(redis, `${prefix}cache:`) : undefined,
    plugins,
    persistedQueries: {
      cache: redis ? new RedisPersistedQueries(redis, prefix, options.persistedQueries) : undefined,
      ttl: options.persistedQueries.ttlSeconds,
    },
    enabled: options.enabled,
    generation,
    requestGeneration: () => once(() => generation.current().catch(() => null)),
    close: () => generation.close(),
  };
}

function cacheRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (n) => Math.min(n * 200, 5000),
  });
  redis.on('error', () => undefined); // each failed command is a miss; the rate limiter reports the outage
  return redis;
}

function bumpAfterMutations(generation: DataGeneration): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        // Awaited before the response leaves: once a client sees its write acknowledged, no
        // replica serves an answer from before it. Bumped on failures too (part may have run).
        // A failed bump is owed (dataGeneration.ts): no kept answer is served until it is paid.
        // Only the units touched when every subgraph write named them, else everything.
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const touched = contextValue.dependencies?.touchedUnits() ?? null;
          await (touched ? generation.bumpUnits(touched) : generation.bump()).catch((error) =>
            serviceLogger('gateway').error(
              { error: describeError(error) },
              'cache: could not bump the data generation',
            ),
          );
        },
      };
    },
  };
}

function anonymousResponseCache(generation: DataGeneration): ApolloServerPlugin<GatewayContext> {
  // The generation a request saw when it started: its answer is looked up and stored under that one.
  const seen = (rc: GraphQLRequestContext<GatewayContext>) =>
    rc.contextValue.dataGeneration?.() ?? Promise.resolve(null);
  // A request the fast path keeps (answerCache.ts) is not kept here too: an answer Apollo's cache
  // gives carries no word of the units it read, so the fast path could keep it only as reading
  // everything, and every write would drop it again (see the comment of responseCaching).
  const cacheable = async (rc: GraphQLRequestContext<GatewayContext>) =>
    isAnonymous(rc.contextValue) && !rc.contextValue.keptByAnswerCache && typeof (await seen(rc)) === 'string';
  return ApolloServerPluginResponseCache<GatewayContext>({
    extraCacheKeyData: async (rc) => (isAnonymous(rc.contextValue) ? seen(rc) : null),
    // `Cache-Control: no-cache` from the client asks for a fresh answer (which then refills the cache).
    shouldReadFromCache: async (rc) =>
      (await cacheable(rc)) && !/no-cache/i.test(rc.request.http?.headers.get('cache-control') ?? ''),
    // An answer computed while a write moved the generation may predate the write: not kept.
    shouldWriteToCache: async (rc) =>
      (await cacheable(rc)) && (await seen(rc)) === (await generation.current().catch(() => null)),
  });
}
