import Redis from 'ioredis';

/**
 * Counters with an expiry, shared by gateway replicas through Redis when REDIS_URL is set (in
 * memory otherwise): the quotas' windows and the usage by operation and day.
 */
export interface Counters {
  /** Adds `by` to `key` (created with `ttlMs` to live) and returns the new value. */
  add(key: string, by: number, ttlMs: number): Promise<number>;
  get(key: string): Promise<number>;
  /** Adds `by` to `field` of the hash `key`. */
  addField(key: string, field: string, by: number, ttlMs: number): Promise<void>;
  fields(key: string): Promise<Record<string, number>>;
  close(): Promise<void>;
}

class MemoryCounters implements Counters {
  private readonly values = new Map<string, { value: number; until: number; fields: Map<string, number> }>();

  private entry(key: string, ttlMs: number) {
    const now = Date.now();
    let entry = this.values.get(key);
    if (!entry || entry.until <= now) {
      if (this.values.size > 100_000) for (const [k, e] of this.values) if (e.until <= now) this.values.delete(k);
      this.values.set(key, (entry = { value: 0, until: now + ttlMs, fields: new Map() }));
    }
    return entry;
  }

  async add(key: string, by: number, ttlMs: number): Promise<number> {
    const entry = this.entry(key, ttlMs);
    return (entry.value += by);
  }

  async get(key: string): Promise<number> {
    const entry = this.values.get(key);
    return entry && entry.until > Date.now() ? entry.value : 0;
  }

  async addField(key: string, field: string, by: number, ttlMs: number): Promise<void> {
    const { fields } = this.entry(key, ttlMs);
    fields.set(field, (fields.get(field) ?? 0) + by);
  }

  async fields(key: string): Promise<Record<string, number>> {
    const entry = this.values.get(key);
    return entry && entry.until > Date.now() ? Object.fromEntries(entry.fields) : {};
  }

  async close(): Promise<void> {}
}

const ADD_SCRIPT = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value`;

class RedisCounters implements Counters {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, enableOfflineQueue: false });
    this.redis.on('error', () => undefined);
  }

  async add(key: string, by: number, ttlMs: number): Promise<number> {
    return Number(await this.redis.eval(ADD_SCRIPT, 1, this.prefix + key, by, ttlMs));
  }

  async get(key: string): Promise<number> {
    return Number((await this.redis.get(this.prefix + key)) ?? 0);
  }

  async addField(key: string, field: string, by: number, ttlMs: number): Promise<void> {
    await this.redis
      .multi()
      .hincrby(this.prefix + key, field, by)
      .pexpire(this.prefix + key, ttlMs)
      .exec();
  }

  async fields(key: string): Promise<Record<string, number>> {
    const hash = await this.redis.hgetall(this.prefix + key);
    return Object.fromEntries(Object.entries(hash).map(([k, v]) => [k, Number(v)]));
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function createCounters(redisUrl: string | undefined, prefix = 'onestop:clients:'): Counters {
  return redisUrl ? new RedisCounters(redisUrl, prefix) : new MemoryCounters();
}
