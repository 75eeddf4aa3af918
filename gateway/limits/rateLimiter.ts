import Redis from 'ioredis';
import { serviceLogger } from '../../subgraphs/shared/observability/logger';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the client's window resets (for Retry-After and RateLimit's `t`). */
  retryAfterSeconds: number;
  /** Requests left in the window (RateLimit's `r`); undefined when the store could not be asked. */
  remaining?: number;
}

/** A fixed-window request counter per client key. */
export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
  close(): Promise<void>;
  /** For /ready: whether the shared store is reachable (always true in memory). */
  healthy(): boolean;
}

function decide(count: number, max: number, msLeft: number): RateDecision {
  return {
    allowed: count <= max,
    retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
    remaining: Math.max(0, max - count),
  };
}

/** One gateway process on its own: counts in memory. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private nextSweep = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  async hit(key: string): Promise<RateDecision> {
    const now = Date.now();
    if (now >= this.nextSweep) {
      // Forget finished windows now and then, so memory follows active clients only.
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
      this.nextSweep = now + this.windowMs;
    }
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) this.windows.set(key, (window = { count: 0, resetAt: now + this.windowMs }));
    window.count++;
    return decide(window.count, this.max, window.resetAt - now);
  }

  async close(): Promise<void> {}
  healthy(): boolean {
    return true;
  }
}

/** INCR and start the window's expiry in one round trip, atomically. */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}`;

/**
 * Gateway replicas sharing one count per client through Redis. When Redis cannot be reached
 * the request is let through (and the outage logged once): a limiter fault must not take the
 * API down with it.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private warned = false;

  constructor(
    url: string,
    private readonly max: number,
    private readonly windowMs: number,
    private readonly prefix = 'onestop:rate:',
  ) {
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      lazyConnect: false,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    });
    this.redis.on('error', () => this.warnOnce());
    this.redis.on('ready', () => (this.warned = false));
  }

  private warnOnce(): void {
    if (!this.warned)
      serviceLogger('gateway').error('rate limit: Redis is unreachable; requests are let through until it is back');
    this.warned = true;
  }

  async hit(key: string): Promise<RateDecision> {
    try {
      const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, this.windowMs)) as [number, number];
      return decide(count, this.max, ttl > 0 ? ttl : this.windowMs);
    } catch {
      this.warnOnce();
      return { allowed: true, retryAfterSeconds: 1 };
    }
  }

  healthy(): boolean {
    return this.redis.status === 'ready';
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function createRateLimiter(settings: {
  max: number;
  windowMs: number;
  redisUrl?: string;
  prefix?: string;
}): RateLimiter {
  return settings.redisUrl
    ? new RedisRateLimiter(settings.redisUrl, settings.max, settings.windowMs, settings.prefix)
    : new MemoryRateLimiter(settings.max, settings.windowMs);
}
