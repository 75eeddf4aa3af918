import Redis from 'ioredis';
import { serviceLogger } from '../../subgraphs/shared/observability/logger';

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
  private warned = false;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, enableOfflineQueue: false });
    this.redis.on('error', () => undefined);
  }

  /**
   * Without an offline queue a command sent before the first connection is up fails at once (a
   * client's first request after the gateway starts would be refused): wait for it, at most as
   * long as a connection may take. During an outage this returns at once and the command fails.
   */
  private async connected(): Promise<Redis> {
    if (this.redis.status === 'connecting' || this.redis.status === 'connect') {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.redis.off('ready', done);
          this.redis.off('error', done);
          resolve();
        };
        const timer = setTimeout(done, 2000);
        this.redis.once('ready', done).once('error', done);
      });
    }
    return this.redis;
  }

  /**
   * On the request path a Redis outage counts as nothing used (the request goes through, as with
   * the rate limiter, and the outage is logged once): a quota store fault must not take the API down.
   */
  private async orNothing<T>(command: () => Promise<T>, nothing: T): Promise<T> {
    try {
      const value = await command();
      this.warned = false;
      return value;
    } catch {
      if (!this.warned)
        serviceLogger('gateway').error(
          'client quotas: Redis is unreachable; requests are let through until it is back',
        );
      this.warned = true;
      return nothing;
    }
  }

  async add(key: string, by: number, ttlMs: number): Promise<number> {
    const redis = await this.connected();
    return this.orNothing(async () => Number(await redis.eval(ADD_SCRIPT, 1, this.prefix + key, by, ttlMs)), 0);
  }

  async get(key: string): Promise<number> {
    const redis = await this.connected();
    return this.orNothing(async () => Number((await redis.get(this.prefix + key)) ?? 0), 0);
  }

  async addField(key: string, field: string, by: number, ttlMs: number): Promise<void> {
    const redis = await this.connected();
    await this.orNothing(
      () =>
        redis
          .multi()
          .hincrby(this.prefix + key, field, by)
          .pexpire(this.prefix + key, ttlMs)
          .exec(),
      null,
    );
  }

  async fields(key: string): Promise<Record<string, number>> {
    const hash = await (await this.connected()).hgetall(this.prefix + key);
    return Object.fromEntries(Object.entries(hash).map(([k, v]) => [k, Number(v)]));
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function createCounters(redisUrl: string | undefined, prefix = 'onestop:clients:'): Counters {
  return redisUrl ? new RedisCounters(redisUrl, prefix) : new MemoryCounters();
}
