import Redis from 'ioredis';

/**
 * A counter every write bumps and every cached answer is keyed by: after a write, whatever was
 * cached before it can no longer be found, so no figure outlives the data it was computed from.
 * One counter for all the data (coarse: any write invalidates every cached statistic), which
 * is correct without knowing which figures a write touches. In Redis when REDIS_URL is set, so
 * every gateway replica and the import CLI share it; in memory otherwise (one process).
 */
export interface DataGeneration {
  /** The current generation; throws when it cannot be known (then nothing may be cached). */
  current(): Promise<string>;
  /** Called after a write has committed. */
  bump(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_CACHE_PREFIX = 'onestop:';

/** Shared by everything in this process (the in-process supergraph of the tests, `npm start` without Redis). */
let memoryCounter = 0;

export function memoryGeneration(): DataGeneration {
  return {
    current: async () => String(memoryCounter),
    bump: async () => {
      memoryCounter++;
    },
    close: async () => undefined,
  };
}

export function redisGeneration(redis: Redis, prefix = DEFAULT_CACHE_PREFIX): DataGeneration {
  const key = `${prefix}data-generation`;
  return {
    current: async () => (await redis.get(key)) ?? '0',
    bump: async () => {
      await redis.incr(key);
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** For tools that write straight to a database (the import CLI): bumps the shared counter. */
export async function bumpSharedGeneration(redisUrl: string | undefined, prefix = DEFAULT_CACHE_PREFIX): Promise<boolean> {
  if (!redisUrl) return false;
  const generation = redisGeneration(new Redis(redisUrl, { maxRetriesPerRequest: 2, connectTimeout: 2000 }), prefix);
  try {
    await generation.bump();
    return true;
  } finally {
    await generation.close();
  }
}
