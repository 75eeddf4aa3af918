import type { IncomingMessage } from 'node:http';
import { BoundedMap } from '../../subgraphs/shared/boundedMap';
import type { DataGeneration } from '../../subgraphs/shared/dataGeneration';

/**
 * The response cache's fast path: a finished anonymous answer kept as the bytes that were sent,
 * in front of Apollo Server. A hit costs a map lookup and a write instead of Apollo's whole
 * request pipeline (plugins, query-limit checks, the response-cache plugin's key hashing and
 * JSON round trip); that pipeline measured as most of a cached answer's time.
 *
 * It keeps only what Apollo's response cache would: anonymous POSTs answered 200 without
 * errors and marked `public` with a max-age (every subgraph's hint agreed), for that max-age,
 * under the data generation read before the request ran, so a write (which bumps it) makes
 * every earlier answer unreachable, in every replica when the generation is in Redis. GETs
 * always go through Apollo (its CSRF check), and so does `Cache-Control: no-cache` (which then
 * refills). In memory, per process, bounded; Apollo's cache behind it is the shared one.
 */
const MAX_ENTRIES = 1000;
/** Bounds the memory by size as well as count: many large breakdowns must not exhaust it. */
const MAX_TOTAL_CHARS = 32_000_000;
const MAX_BODY_CHARS = 1_000_000;

interface Kept {
  text: string;
  cacheControl: string;
  expiresAt: number;
  storedAt: number;
}

export interface AnswerTicket {
  key: string;
  generation: string;
}

export interface CachedAnswer {
  text: string;
  headers: Record<string, string>;
}

export class AnswerCache {
  private readonly kept: BoundedMap<Kept>;

  constructor(
    private readonly generation: DataGeneration,
    private readonly isAnonymous: (req: IncomingMessage) => boolean,
    limits = { entries: MAX_ENTRIES, totalChars: MAX_TOTAL_CHARS },
  ) {
    this.kept = new BoundedMap({ entries: limits.entries, weight: limits.totalChars });
  }

  /** A kept answer for this request, or a ticket to keep the answer Apollo is about to give. */
  async lookup(req: IncomingMessage, body: unknown): Promise<{ hit?: CachedAnswer; ticket?: AnswerTicket }> {
    if (req.method !== 'POST' || !this.isAnonymous(req) || typeof body !== 'object' || body === null) return {};
    const generation = await this.generation.current().catch(() => null);
    if (generation === null) return {};
    const key = `${generation}\u0000${req.url}\u0000${JSON.stringify(body)}`;
    const ticket = { key, generation };
    if (/no-cache/i.test(req.headers['cache-control'] ?? '')) return { ticket };
    const kept = this.kept.get(key);
    if (!kept || kept.expiresAt <= Date.now()) return { ticket };
    const age = Math.floor((Date.now() - kept.storedAt) / 1000);
    return {
      hit: {
        text: kept.text,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': kept.cacheControl,
          age: String(age),
        },
      },
    };
  }

  /**
   * Keeps Apollo's answer when it is one the response cache may serve to anyone, for what is
   * left of its lifetime: an answer Apollo took from its own cache comes with an `age`, and is
   * kept only until max-age after it was first computed (served with its true age). Not kept
   * when the generation moved while it was computed (it may predate the write that moved it).
   */
  async keep(
    ticket: AnswerTicket,
    status: number,
    cacheControl: string | undefined,
    text: string,
    age?: string,
  ): Promise<void> {
    const maxAge = Number(/max-age=(\d+)/.exec(cacheControl ?? '')?.[1] ?? 0);
    const ageSeconds = Number(age ?? 0) || 0;
    if (status !== 200 || !cacheControl || !/public/.test(cacheControl) || maxAge - ageSeconds <= 0) return;
    if (text.length > MAX_BODY_CHARS || text.includes('"errors"')) return;
    if ((await this.generation.current().catch(() => null)) !== ticket.generation) return;
    const computedAt = Date.now() - ageSeconds * 1000;
    // Oldest stored goes first when a bound is reached.
    this.kept.set(
      ticket.key,
      { text, cacheControl, storedAt: computedAt, expiresAt: computedAt + maxAge * 1000 },
      text.length,
    );
  }

  /** What is kept now: entries and characters (tests check the bounds). */
  get size(): { entries: number; chars: number } {
    const { entries, weight } = this.kept.size;
    return { entries, chars: weight };
  }
}
