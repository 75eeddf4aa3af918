/**
 * A map bounded by its number of entries and by their total weight (rows, characters: whatever
 * the owner counts), dropping the oldest entries first until both bounds hold. Insertion order
 * is the age; `touch` makes an entry the youngest (least recently used goes first), `get` does
 * not (oldest stored goes first). Used by the caches that keep answers in memory
 * (answerMemo.ts, the gateway's answerCache.ts), so what a stream of distinct questions can
 * pin in memory is bounded.
 */
export class BoundedMap<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private weight = 0;

  constructor(private readonly limits: { entries: number; weight: number }) {}

  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  /** The value, now counted as the most recently used. */
  touch(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, weight: number): void {
    this.delete(key);
    this.entries.set(key, { value, weight });
    this.weight += weight;
    this.evict();
  }

  /** A new weight for an entry still there (its value's size became known later). */
  reweigh(key: string, weight: number): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.weight += weight - entry.weight;
    entry.weight = weight;
    this.evict();
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.weight -= entry.weight;
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }

  get size(): { entries: number; weight: number } {
    return { entries: this.entries.size, weight: this.weight };
  }

  /** Oldest first, until both bounds hold. */
  private evict(): void {
    while (this.entries.size > 0 && (this.entries.size > this.limits.entries || this.weight > this.limits.weight)) {
      this.delete(this.entries.keys().next().value!);
    }
  }
}
