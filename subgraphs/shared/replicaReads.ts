import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

/**
 * Read replicas (DATABASE_REPLICA_URLS): statistics reads (the rollup counters, the rollups and
 * the catalogue figures they carry) go to replicas, in turn; every write, and every other read,
 * goes to the primary.
 *
 * Read-your-writes. After each write this process commits, it asks the primary for its GTID
 * position (MariaDB `@@gtid_binlog_pos`, MySQL `@@gtid_executed`), before the write is answered.
 * A read session then uses a replica only once that replica has applied that position
 * (`MASTER_GTID_WAIT` / `WAIT_FOR_EXECUTED_GTID_SET`, asked once per replica and position); if it
 * has not within REPLICA_WAIT_MS, the session reads the primary. So a desk that has just written
 * reads its own write, whatever the replica's lag, and never waits longer than that bound. A
 * bounded "read the primary for N seconds after a write" would be wrong whenever the lag exceeds
 * N; reading the primary until the replica has caught up is correct by construction. The
 * position is the process's, not the desk's: a district's figures add up its communes', so any
 * write of this process is one its next statistics must show. (Writes through another process
 * are seen when the replica applies them, as they would be by any reader of that replica.)
 *
 * Answers remembered under the units' rollup counters (answerMemo.ts) stay right because one
 * read session (one loader batch: counters, then figures) reads one source throughout: a
 * replica's or the primary's state only moves forward, so the figures are never older than the
 * counters they are remembered under. Counters from the primary and figures from a lagging
 * replica would remember an old answer under a new key.
 */
/** The position of a write whose position could not be asked (see noteWrite). */
const UNKNOWN = '\u0000unknown';

export class ReplicaReads {
  private turn = 0;
  private tickets = 0;
  /** The primary's position after this process's latest write (the highest ticket's answer). */
  private written = { position: '', ticket: 0 };
  /** Per replica, a position it is known to have applied. */
  private readonly applied: string[];
  private readonly waits = new Map<string, Promise<boolean>>();

  constructor(
    readonly primary: DataSource,
    readonly replicas: readonly DataSource[],
    readonly kind: 'mariadb' | 'mysql',
    readonly waitMs: number,
  ) {
    this.applied = replicas.map(() => '');
  }

  /**
   * After a write committed. Positions asked later include every write committed before they were
   * asked, so the latest-asked answer is kept even if an earlier one arrives after it.
   */
  async noteWrite(): Promise<void> {
    const ticket = ++this.tickets;
    let position: string;
    try {
      position = await primaryPosition(this.primary, this.kind);
    } catch {
      // The write has committed: it must not be answered as failed. With its position unknown,
      // reads go to the primary until a later write's position is known.
      position = UNKNOWN;
    }
    if (ticket > this.written.ticket) this.written = { position, ticket };
  }

  /** The next replica in turn once it has this process's writes, else the primary. Never fails. */
  async chooseSource(): Promise<DataSource> {
    const index = this.turn++ % this.replicas.length;
    const { position } = this.written;
    if (position === UNKNOWN) return this.primary;
    if (!position || this.applied[index] === position) return this.replicas[index];
    const key = `${index}\u0000${position}`;
    let wait = this.waits.get(key);
    if (!wait) {
      wait = this.waitFor(index, position);
      this.waits.set(key, wait);
      void wait.finally(() => this.waits.delete(key));
    }
    return (await wait) ? this.replicas[index] : this.primary;
  }

  private async waitFor(index: number, position: string): Promise<boolean> {
    const sql =
      this.kind === 'mariadb'
        ? 'SELECT MASTER_GTID_WAIT(?, ?) AS waited'
        : 'SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?) AS waited';
    try {
      const waited = await serverValue(this.replicas[index], sql, [position, this.waitMs / 1000]);
      if (Number(waited) !== 0) return false;
      this.applied[index] = position;
      return true;
    } catch {
      // A replica that cannot answer is no reason to fail a read the primary can serve.
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.replicas.map((r) => (r.isInitialized ? r.destroy() : undefined)));
  }
}

/**
 * One value from the server, on the driver's pool: replication bookkeeping, outside the
 * statement counter (it is not a statement of any answer).
 */
export function serverValue(ds: DataSource, sql: string, params: unknown[] = []): Promise<unknown> {
  return new Promise((resolve, reject) =>
    (ds.driver as any).pool.query(sql, params, (error: Error | null, rows: Record<string, unknown>[]) =>
      error ? reject(error) : resolve(Object.values(rows[0])[0]),
    ),
  );
}

export async function primaryPosition(primary: DataSource, kind: 'mariadb' | 'mysql'): Promise<string> {
  const sql = kind === 'mariadb' ? 'SELECT @@GLOBAL.gtid_binlog_pos AS p' : 'SELECT @@GLOBAL.gtid_executed AS p';
  return String((await serverValue(primary, sql)) ?? '');
}

const replicaSets = new WeakMap<DataSource, ReplicaReads>();
const sessions = new AsyncLocalStorage<{ primary: DataSource; source: Promise<DataSource> }>();

export function attachReplicaReads(ds: DataSource, replicas: ReplicaReads): void {
  replicaSets.set(ds, replicas);
}

export function replicaReadsOf(ds: DataSource): ReplicaReads | undefined {
  return replicaSets.get(ds);
}

/** Runs `fn` (one loader batch) with every statistics read in it on one source (see above). */
export function readSession<T>(ds: DataSource, fn: () => Promise<T>): Promise<T> {
  const replicas = replicaSets.get(ds);
  if (!replicas) return fn();
  return sessions.run({ primary: ds, source: replicas.chooseSource() }, fn);
}

/** Where a statistics read of `ds` goes: its session's source, a replica in turn, or `ds` itself. */
export function readSource(ds: DataSource): Promise<DataSource> | DataSource {
  const replicas = replicaSets.get(ds);
  if (!replicas) return ds;
  const session = sessions.getStore();
  return session?.primary === ds ? session.source : replicas.chooseSource();
}
