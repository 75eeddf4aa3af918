import type { DataSource } from 'typeorm';

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
 * Bounded: the least recently used answers go first beyond `MAX_ENTRIES`. STATS_MEMO=off turns
 * it off (the bench measures rollup reads that way).
 */
const MAX_ENTRIES = 2000;

export class AnswerMemo {
  private readonly answers = new Map<string, Promise<unknown>>();

  constructor(readonly enabled: boolean) {}

  /**
   * `compute()`'s answer for `key` while `versions` (the counters, as one string) stay the same.
   * Concurrent requests for the same answer share one computation; a failed one is not remembered.
   */
  answerAt<T>(key: string, versions: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    const id = `${key}\u0000${versions}`;
    let answer = this.answers.get(id) as Promise<T> | undefined;
    if (answer) {
      // Most recently used last, so eviction takes the least recently used.
      this.answers.delete(id);
      this.answers.set(id, answer);
      return answer;
    }
    answer = compute();
    this.answers.set(id, answer);
    answer.catch(() => this.answers.delete(id));
    while (this.answers.size > MAX_ENTRIES) this.answers.delete(this.answers.keys().next().value!);
    return answer;
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
