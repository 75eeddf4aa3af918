import type { IncomingMessage } from 'node:http';
import { BoundedMap } from '../../subgraphs/shared/boundedMap';
import type { DataGeneration } from '../../subgraphs/shared/dataGeneration';
import { DependencyTally } from './dependencyTally';

/**
 * The response cache's fast path: a finished anonymous answer kept as the bytes that were sent,
 * in front of Apollo Server. A hit costs a map lookup and a write instead of Apollo's whole
 * request pipeline (plugins, query-limit checks, the response-cache plugin's key hashing and
 * JSON round trip); that pipeline measured as most of a cached answer's time.
 *
 * It keeps only what Apollo's response cache would: anonymous POSTs answered 200 without
 * errors and marked `public` with a max-age (every subgraph's hint agreed), for that max-age,
 * with the write sequence read before the request ran (S0) and the units the subgraphs said it
 * read (dependencyTally.ts). It is kept only if no write to those units (or to everything) came
 * after S0 by the time it is kept, and served only while that still holds: one read of the
 * sequence per hit (one HMGET in Redis), so a write acknowledged to anyone, through any replica,
 * hides every answer that read the units it touched, while answers about other units stay. GETs
 * always go through Apollo (its CSRF check), and so does `Cache-Control: no-cache` (which then
 * refills). In memory, per process, bounded; Apollo's cache behind it is the shared one.
 */
const MAX_ENTRIES = 1000;
/** Bounds the memory by size as well as count: many large breakdowns must not exhaust it. */
const MAX_TOTAL_CHARS = 32_000_000;
const MAX_BODY_CHARS = 1_000_000;

interface Kept {
  /** The write sequence the request saw before it ran, and the units its answer read (null: anything). */
  generation: string;
  units: string[] | null;
  text: string;
  cacheControl: string;
  expiresAt: number;
  storedAt: number;
}

export interface AnswerTicket {
  key: string;
  /** The write sequence read before the request runs: the request's S0 (also its context's). */
  generation: string;
  /** Filled by the request's subgraph exchanges. */
  dependencies: DependencyTally;
}

export interface CachedAnswer {
  text: string;
  headers: Record<string, string>;
}

export class AnswerCache {
  private readonly kept: BoundedMap<Kept>;
  private readonly tickets = new WeakMap<IncomingMessage, AnswerTicket>();

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
    const key = `${req.url}\u0000${JSON.stringify(body)}`;
    const refill = /no-cache/i.test(req.headers['cache-control'] ?? '');
    let kept = refill ? undefined : this.kept.get(key);
    if (kept && kept.expiresAt <= Date.now()) kept = undefined;
    // One read of the sequence: whether the kept answer still holds, and S0 for a new one.
    const seen = await (
      kept
        ? this.generation.unchangedSince(kept.generation, kept.units)
        : this.generation.current().then((now) => ({ unchanged: false, now }))
    ).catch(() => null);
    if (seen === null) return {};
    if (kept && seen.unchanged) return { hit: this.served(kept) };
    if (kept) this.kept.delete(key); // a write came after it: it never holds again
    const ticket = { key, generation: seen.now, dependencies: new DependencyTally() };
    this.tickets.set(req, ticket);
    return { ticket };
  }

  /** The ticket lookup gave this request, for its context (its S0 and its tally). */
  ticketOf(req: IncomingMessage): AnswerTicket | undefined {
    return this.tickets.get(req);
  }

  private served(kept: Kept): CachedAnswer {
    const age = Math.floor((Date.now() - kept.storedAt) / 1000);
    return {
      text: kept.text,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': kept.cacheControl,
        age: String(age),
      },
    };
  }

  /**
   * Keeps Apollo's answer when it is one the response cache may serve to anyone, for what is
   * left of its lifetime: an answer Apollo took from its own cache comes with an `age`, and is
   * kept only until max-age after it was first computed (served with its true age). Not kept
   * when a write to what it read came after the request's S0 (it may predate that write).
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
    const units = ticket.dependencies.dependsOn();
    const seen = await this.generation.unchangedSince(ticket.generation, units).catch(() => null);
    if (!seen?.unchanged) return;
    const computedAt = Date.now() - ageSeconds * 1000;
    // Oldest stored goes first when a bound is reached.
    this.kept.set(
      ticket.key,
      {
        generation: ticket.generation,
        units,
        text,
        cacheControl,
        storedAt: computedAt,
        expiresAt: computedAt + maxAge * 1000,
      },
      text.length,
    );
  }

  /** What is kept now: entries and characters (tests check the bounds). */
  get size(): { entries: number; chars: number } {
    const { entries, weight } = this.kept.size;
    return { entries, chars: weight };
  }
}
