import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { DatabaseConfig } from '../../shared/config';
import { openDatabase } from '../../shared/database';
import { generateLevel, type LevelOptions } from './nationalGenerator';
import { writeDelta } from '../rollups/rollupBuild';

/**
 * The national seed's writers: worker threads that each generate their share of a level's
 * batches and write them on their own connection. One writer alone left the database idle while
 * it generated and formatted a batch, and itself idle while the database inserted it; two keep
 * both busy. Rows do not depend on which writer commits first: ids are in the rows
 * (nationalGenerator.ts) and each batch holds whole units, so writers never touch the same rows.
 */
export interface WriterJob {
  config: DatabaseConfig;
  options: LevelOptions;
  writer: number;
  writers: number;
}

/**
 * One writer's batches: each batch's INSERTs and its rollup rows (writeDelta) commit in one
 * transaction, so rollups match the raw rows at every commit. READ COMMITTED because writers
 * bump different units' counters (rollup_version): the gap locks REPEATABLE READ takes for a
 * counter not yet there would make two writers' first INSERTs deadlock.
 */
async function write(job: WriterJob, committed: (dossiers: number) => void): Promise<void> {
  const ds = await openDatabase(job.config, { entities: [], migrations: [] });
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    for (const batch of generateLevel(job.options, job.writer, job.writers)) {
      await runner.startTransaction('READ COMMITTED');
      try {
        for (const statement of batch.statements) await runner.query(statement);
        await writeDelta(runner.manager, batch.delta);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      committed(batch.dossiers);
    }
  } finally {
    await runner.release();
    await ds.destroy();
  }
}

/**
 * Writes a level with `writers` worker threads, calling `committed` after each batch's commit.
 * From TypeScript sources (tests), where a worker cannot load this file, one writer runs in
 * this thread: the same rows, more slowly.
 */
export async function writeLevel(
  config: DatabaseConfig,
  options: LevelOptions,
  writers: number,
  committed: (dossiers: number) => void,
): Promise<void> {
  if (!__filename.endsWith('.js')) return write({ config, options, writer: 0, writers: 1 }, committed);
  const workers = Array.from(
    { length: writers },
    (_, writer) => new Worker(__filename, { workerData: { config, options, writer, writers } satisfies WriterJob }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.on('message', (dossiers: number) => committed(dossiers));
            worker.on('error', reject);
            worker.on('exit', (code) =>
              code === 0 ? resolve() : reject(new Error(`national seed writer exited with code ${code}`)),
            );
          }),
      ),
    );
  } finally {
    // A failed writer stops the others: the seed is redone from the start anyway.
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

if (!isMainThread && parentPort && (workerData as WriterJob | undefined)?.options) {
  const port = parentPort;
  write(workerData as WriterJob, (dossiers) => port.postMessage(dossiers)).catch((error) => {
    // Thrown from outside the promise so the worker's 'error' event carries it to the main thread.
    setImmediate(() => {
      throw error;
    });
  });
}
