import type { DataSource, EntityManager } from 'typeorm';
import { replicaReadsOf } from './replicaReads';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * A write transaction. On SQLite, TypeORM's better-sqlite3 driver shares one connection, so
 * two transactions started together would nest as savepoints of one transaction instead of
 * being isolated: writes are queued, one transaction at a time. MySQL isolates them itself.
 */
export function writeTransaction<T>(ds: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (ds.options.type === 'mysql') {
    const replicas = replicaReadsOf(ds);
    if (!replicas) return ds.transaction(work);
    // The write is answered only once its position is known: the desk's next read waits for it (replicaReads.ts).
    return ds.transaction(work).then(async (result) => {
      await replicas.noteWrite();
      return result;
    });
  }
  const previous = queues.get(ds) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => ds.transaction(work));
  queues.set(ds, next);
  return next;
}
