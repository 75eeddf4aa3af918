import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';

/**
 * A counter every write bumps and every cached answer is keyed by: after a write, whatever was
 * cached before it can no longer be found, so no figure outlives the data it was computed from.
 * One counter for all the data (coarse: any write invalidates every cached statistic), which
 * is correct without knowing which figures a write touches. In Redis when REDIS_URL is set, so
 * every gateway replica and the import CLI share it; in memory otherwise (one process).
 */
export interface DataGeneration {
  /** The current generation; throws when it cannot be known (then nothing kept may be served). */
  current(): Promise<string>;
  /** Called after a write has committed; throws when the generation could not be moved. */
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

/**
 * The generation in Redis: a hash of an epoch, drawn when the hash is created, and a counter.
 * A Redis that comes back empty (no persistence) starts a new epoch, so its counter restarting
 * at 1 never meets an answer a gateway kept in memory under an old "1".
 *
 * A bump that fails (Redis down or unreachable) leaves a debt: until a later bump succeeds,
 * `current()` pays it first and throws if it cannot, so no kept answer is served, and when
 * Redis returns the answers kept before the failed bump are behind a newer generation. Losing
 * the connection leaves the same debt (another replica or the import may have failed to bump
 * meanwhile), paid as soon as the connection is back.
 */
export function redisGeneration(redis: Redis, prefix = DEFAULT_CACHE_PREFIX): DataGeneration {
  const key = `${prefix}data-generation:epoch`;
  let debt = 0; // failed bumps and lost connections not yet made up for
  let paying: Promise<void> | undefined;
  const bumpNow = async () => {
    const replies = await redis.multi().hsetnx(key, 'epoch', randomUUID()).hincrby(key, 'n', 1).exec();
    const error = replies ? replies.find(([failed]) => failed)?.[0] : new Error('the data generation was not moved');
    if (error) throw error;
  };
  const payDebt = () =>
    (paying ??= (async () => {
      const owed = debt;
      try {
        await bumpNow();
        debt -= owed; // a connection lost while this bump ran stays owed
      } finally {
        paying = undefined;
      }
    })());
  const owe = () => void debt++;
  redis.on('close', owe);
  redis.on('ready', () => void (debt > 0 && payDebt().catch(() => undefined)));
  return {
    current: async () => {
      if (debt > 0) await payDebt();
      let [epoch, n] = await redis.hmget(key, 'epoch', 'n');
      if (!epoch) {
        await redis.hsetnx(key, 'epoch', randomUUID());
        [epoch, n] = await redis.hmget(key, 'epoch', 'n');
      }
      return `${epoch}.${n ?? 0}`;
    },
    bump: async () => {
      try {
        await bumpNow();
      } catch (error) {
        owe();
        throw error;
      }
    },
    close: async () => {
      redis.off('close', owe);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** For tools that write straight to a database (the import CLI): bumps the shared counter. */
export async function bumpSharedGeneration(
  redisUrl: string | undefined,
  prefix = DEFAULT_CACHE_PREFIX,
): Promise<boolean> {
  if (!redisUrl) return false;
  const generation = redisGeneration(new Redis(redisUrl, { maxRetriesPerRequest: 2, connectTimeout: 2000 }), prefix);
  try {
    await generation.bump();
    return true;
  } finally {
    await generation.close();
  }
}
