import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';

/**
 * The write sequence every cached answer is checked against: `seq` moves with every write, `all`
 * holds the seq of the last write that may have touched anything, and `unit:<code>` the seq of
 * the last write to that unit's rollups. A request reads the sequence once before it runs (its
 * S0, `current()`); its answer, which read some units (or anything: `null`), stays servable
 * while no write it may depend on came after S0 (`unchangedSince`): `all` and each of its
 * units' seq at most S0, or for an answer that may have read anything, `seq` itself unchanged.
 * So a desk write to one commune leaves the answers about other units in the cache, and no
 * answer is ever served after a write to data it read was acknowledged. In Redis when
 * REDIS_URL is set, so every gateway replica and the import CLI share it; in memory otherwise.
 */
export interface DataGeneration {
  /** The sequence now ("epoch.seq"); throws when it cannot be known (then nothing kept may be served). */
  current(): Promise<string>;
  /** After a write that may have touched anything has committed; throws when it could not be told. */
  bump(): Promise<void>;
  /** After a write that touched only these units' rollups has committed. */
  bumpUnits(unitCodes: readonly string[]): Promise<void>;
  /**
   * Whether nothing an answer computed at `seen` (a `current()`) depends on was written since:
   * `units` the units it read, null when it may have read anything. `now` is `current()`.
   * Throws when the sequence cannot be known.
   */
  unchangedSince(seen: string, units: readonly string[] | null): Promise<{ unchanged: boolean; now: string }>;
  close(): Promise<void>;
}

export const DEFAULT_CACHE_PREFIX = 'onestop:';

const seqOf = (generation: string) => Number(generation.slice(generation.lastIndexOf('.') + 1));
const epochOf = (generation: string) => generation.slice(0, Math.max(0, generation.lastIndexOf('.')));

/** Whether the sequence's fields (as read) show no write an answer seen at `seen` depends on. */
function unchanged(seen: string, now: string, all: unknown, units: readonly unknown[] | null): boolean {
  const s0 = seqOf(seen);
  if (epochOf(seen) !== epochOf(now) || !Number.isFinite(s0)) return false;
  if (units === null) return seqOf(now) <= s0;
  return Number(all ?? 0) <= s0 && units.every((seq) => Number(seq ?? 0) <= s0);
}

/** Shared by everything in this process (the in-process supergraph of the tests, `npm start` without Redis). */
const memory = { seq: 0, all: 0, units: new Map<string, number>() };

export function memoryGeneration(): DataGeneration {
  const now = () => `.${memory.seq}`;
  return {
    current: async () => now(),
    bump: async () => {
      memory.all = ++memory.seq;
    },
    bumpUnits: async (unitCodes) => {
      memory.seq++;
      for (const code of unitCodes) memory.units.set(code, memory.seq);
    },
    unchangedSince: async (seen, units) => ({
      unchanged: unchanged(seen, now(), memory.all, units && units.map((code) => memory.units.get(code) ?? 0)),
      now: now(),
    }),
    close: async () => undefined,
  };
}

/** One atomic bump: the epoch if the hash is new, `seq` + 1, and the named fields set to it. */
const BUMP = `
  redis.call('HSETNX', KEYS[1], 'epoch', ARGV[1])
  local seq = redis.call('HINCRBY', KEYS[1], 'n', 1)
  for i = 2, #ARGV do redis.call('HSET', KEYS[1], ARGV[i], seq) end
  return seq`;

/**
 * The sequence in Redis: one hash holding an epoch, drawn when the hash is created, `n` (seq),
 * `all` and one `unit:<code>` field per unit written. A Redis that comes back empty (no
 * persistence) starts a new epoch, so its sequence restarting at 1 never meets an answer a
 * gateway kept in memory under an old one.
 *
 * A bump that fails (Redis down or unreachable) leaves a debt: until a later bump succeeds,
 * reads pay it first (a bump of everything) and throw if they cannot, so no kept answer is
 * served, and when Redis returns the answers kept before the failed bump are behind it. Losing
 * the connection leaves the same debt (another replica or the import may have failed to bump
 * meanwhile), paid as soon as the connection is back.
 */
export function redisGeneration(redis: Redis, prefix = DEFAULT_CACHE_PREFIX): DataGeneration {
  const key = `${prefix}data-generation:epoch`;
  let debt = 0; // failed bumps and lost connections not yet made up for
  let paying: Promise<void> | undefined;
  const bumpNow = async (fields: readonly string[]) => {
    await redis.eval(BUMP, 1, key, randomUUID(), ...fields);
  };
  const payDebt = () =>
    (paying ??= (async () => {
      const owed = debt;
      try {
        await bumpNow(['all']);
        debt -= owed; // a connection lost while this bump ran stays owed
      } finally {
        paying = undefined;
      }
    })());
  const owe = () => void debt++;
  redis.on('close', owe);
  redis.on('ready', () => void (debt > 0 && payDebt().catch(() => undefined)));
  /** epoch, n, all and the units' fields, with the epoch drawn first when the hash is new. */
  const read = async (fields: string[]) => {
    if (debt > 0) await payDebt();
    let values = await redis.hmget(key, 'epoch', 'n', 'all', ...fields);
    if (!values[0]) {
      await redis.hsetnx(key, 'epoch', randomUUID());
      values = await redis.hmget(key, 'epoch', 'n', 'all', ...fields);
    }
    return { now: `${values[0]}.${values[1] ?? 0}`, all: values[2], units: values.slice(3) };
  };
  const bump = (fields: readonly string[]) => async () => {
    try {
      await bumpNow(fields);
    } catch (error) {
      owe();
      throw error;
    }
  };
  return {
    current: async () => (await read([])).now,
    bump: bump(['all']),
    bumpUnits: (unitCodes) => bump(unitCodes.map((code) => `unit:${code}`))(),
    unchangedSince: async (seen, units) => {
      const fields = await read(units ? units.map((code) => `unit:${code}`) : []);
      return { unchanged: unchanged(seen, fields.now, fields.all, units && fields.units), now: fields.now };
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
