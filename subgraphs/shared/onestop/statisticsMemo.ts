import type { DataSource } from 'typeorm';
import { readUnitVersions } from './rollupVersions';

/**
 * Statistic answers remembered across requests, each under the rollup counters of the units it
 * covers (rollupVersions.ts): a dashboard asks the same question many times between two writes,
 * and recomputing it from the rollups each time is work that can be done once. Checking costs one
 * primary-key read of the units' counters; a write to any of them moves its counter, so the next
 * read computes afresh. What is remembered is read-only for its users (shared between requests).
 *
 * Bounded: the oldest answers go first beyond `MAX_ENTRIES`. STATS_MEMO=off turns it off (the
 * bench measures rollup reads that way).
 */
const MAX_ENTRIES = 2000;

export class StatisticsMemo {
  private readonly answers = new Map<string, Promise<unknown>>();

  constructor(private readonly ds: DataSource, readonly enabled: boolean) {}

  /**
   * `compute()`'s answer for `key` while none of `unitCodes`' rollups changed. Concurrent
   * requests for the same answer share one computation; a failed one is not remembered.
   */
  async answer<T>(key: string, unitCodes: readonly string[], compute: () => Promise<T>): Promise<T> {
    if (!this.enabled || unitCodes.length === 0) return compute();
    return this.answerAt(key, await readUnitVersions(this.ds, unitCodes), compute);
  }

  /** The same, with the units' counters already read (as readUnitVersions writes them). */
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

  get size(): number {
    return this.answers.size;
  }
}

const memos = new WeakMap<DataSource, StatisticsMemo>();

/** One memo per database connection (a subgraph process has one; tests start several). */
export function statisticsMemo(ds: DataSource): StatisticsMemo {
  let memo = memos.get(ds);
  if (!memo) memos.set(ds, (memo = new StatisticsMemo(ds, process.env.STATS_MEMO !== 'off')));
  return memo;
}
