import type { DataSource } from 'typeorm';
import { BoundedMap } from './boundedMap';
import { RequestAbandonedError } from './errors';
import { requestSignal } from './requestSignal';
import { noteRead } from './answerDependencies';

/**
 * Answers remembered across requests, each under the counters of the data it was computed from:
 * a dashboard asks the same question many times between two writes, and recomputing it each
 * time is work that can be done once. The counters live in the database and move in the same
 * transaction as every write to their data (the dossier desks' rollup counters per unit,
 * onestop/rollupVersions.ts; the reform data's one counter, reform/reformVersion.ts), so a
 * caller reads them (one primary-key read) and asks here: after any write the key is new and the
 * answer is computed afresh, in every replica and after the import command alike. What is
 * remembered is shared between requests and read-only for its users.
 *
 * Bounded by count and by rows (an answer's weight: the rows of its lists and maps), so many
 * large breakdowns asked once each cannot exhaust memory: the least recently used answers go
 * first. STATS_MEMO=off turns it off (the bench measures rollup reads that way).
 */
const LIMITS = { entries: 2000, rows: 200_000 };

/** Rows an answer holds: list items (and the items of lists in them), map entries, at least 1. */
export function weightOf(value: unknown): number {
  if (Array.isArray(value))
    return Math.max(
      1,
      value.reduce((sum: number, item) => sum + (Array.isArray(item) ? item.length : 1), 0),
    );
  if (value instanceof Map) return Math.max(1, value.size);
  if (value && typeof value === 'object')
    return Math.max(
      1,
      Object.values(value).reduce(
        (sum: number, v) => sum + (Array.isArray(v) || v instanceof Map ? weightOf(v) : 0),
        0,
      ),
    );
  return 1;
}

export class AnswerMemo {
  private readonly answers: BoundedMap<Promise<unknown>>;
  /** Told of each lookup (the subgraph's hit and miss metrics). */
  onLookup?: (hit: boolean) => void;

  constructor(
    readonly enabled: boolean,
    limits = LIMITS,
  ) {
    this.answers = new BoundedMap({ entries: limits.entries, weight: limits.rows });
  }

  /**
   * `compute()`'s answer for `key` while `versions` (the counters, as one string) stay the same.
   * Concurrent requests for the same answer share one computation; a failed one is not remembered.
   * Callers read `versions` before asking, and a write moves them in its own transaction, so a
   * request that starts after a write has committed asks under new versions and never joins a
   * computation begun before it (one begun under the old versions may see the write: harmless).
   */
  answerAt<T>(key: string, versions: string, compute: () => Promise<T>): Promise<T> {
    noteRead(); // a remembered answer is a read too (answerDependencies.ts)
    if (!this.enabled) return compute();
    const id = `${key}\u0000${versions}`;
    const remembered = this.answers.touch(id) as Promise<T> | undefined;
    this.onLookup?.(remembered !== undefined);
    // A shared computation stops when the request that started it is abandoned (its client went
    // away); a joined request that is still wanted computes the answer afresh instead of failing.
    if (remembered) {
      return remembered.catch((error) => {
        if (error instanceof RequestAbandonedError && !requestSignal()?.aborted)
          return this.answerAt(key, versions, compute);
        throw error;
      });
    }
    const answer = compute();
    // Weighs nothing until it is known; an answer evicted while it was computed stays out.
    this.answers.set(id, answer, 0);
    answer.then(
      (value) => {
        if (this.answers.get(id) === answer) this.answers.reweigh(id, weightOf(value));
      },
      () => this.answers.delete(id),
    );
    return answer;
  }

  /** What is remembered now: answers and rows (tests check the bounds). */
  get size(): { entries: number; rows: number } {
    const { entries, weight } = this.answers.size;
    return { entries, rows: weight };
  }

  /** Forgets everything (tests measure what a first answer costs). */
  clear(): void {
    this.answers.clear();
  }
}

const memos = new WeakMap<DataSource, AnswerMemo>();

/** One memo per database connection (a subgraph process has one; tests start several). */
export function answerMemo(ds: DataSource): AnswerMemo {
  let memo = memos.get(ds);
  if (!memo) memos.set(ds, (memo = new AnswerMemo(process.env.STATS_MEMO !== 'off')));
  return memo;
}
