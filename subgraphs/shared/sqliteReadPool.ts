import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { RequestAbandonedError, StatementTimeoutError } from './errors';

/**
 * better-sqlite3 runs a statement synchronously, so a heavy statistics statement on the
 * subgraph's own connection would stop its event loop: `/health` and every desk write would wait
 * for it. Statistics statements run here instead, on worker threads, each with its own read-only
 * connection to the same file (the database is in WAL mode, database.ts, so these readers and
 * the subgraph's writer do not block each other). better-sqlite3 cannot interrupt a statement,
 * so a statement past its time limit, or whose request was abandoned, is stopped by terminating
 * its worker; a fresh one takes its place on the next statement. A worker inside a native
 * SQLite step stops when that step returns; nothing waits for it meanwhile.
 *
 * Plain JavaScript evaluated in the worker, so it runs the same from the TypeScript sources
 * (tests) and from the build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
parentPort.on('message', ({ sql, params, hold }) => {
  try {
    if (hold && Atomics.wait(hold.flag, 0, 0, hold.maxMs) === 'timed-out') throw new Error('a held statement was never released');
    parentPort.postMessage({ rows: db.prepare(sql).all(params) });
  } catch (error) {
    parentPort.postMessage({ error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

/** Test hook: each statement waits in its worker until flag[0] becomes non-zero (at most maxMs). */
export interface StatementHold {
  flag: Int32Array;
  maxMs: number;
}

interface Job {
  sql: string;
  params: unknown[];
  signal?: AbortSignal;
  resolve(rows: any[]): void;
  reject(error: unknown): void;
}

export class SqliteReadPool {
  /** Workers ended because their statement ran past the limit or its request was abandoned. */
  terminated = 0;
  /** 'dispatch' when a statement is handed to a worker, 'settle' when its caller has an outcome, 'terminate' when a worker is ended for it. */
  readonly events = new EventEmitter();
  hold: StatementHold | undefined;
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private busy = 0;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly size: number,
    public timeoutMs: number,
  ) {}

  run(sql: string, params: unknown[], signal?: AbortSignal): Promise<any[]> {
    if (this.closed) return Promise.reject(new Error('the statistics reader is closed'));
    if (signal?.aborted) return Promise.reject(new RequestAbandonedError());
    return new Promise((resolve, reject) => {
      this.queue.push({ sql, params, signal, resolve, reject });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the statistics reader is closed'));
    this.idle.length = 0;
    // Busy ones too: a statement still running has nobody left to answer.
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private next(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.busy < this.size)) {
      const job = this.queue.shift()!;
      if (job.signal?.aborted) {
        job.reject(new RequestAbandonedError());
        continue;
      }
      this.busy++;
      this.execute(this.idle.pop() ?? this.spawn(), job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: this.file, driver: require.resolve('better-sqlite3') },
    });
    // An idle worker that died (out of memory, a driver fault) is dropped, not handed work.
    this.workers.add(worker);
    worker.once('exit', () => {
      this.workers.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    });
    return worker;
  }

  private execute(worker: Worker, job: Job): void {
    let settled = false;
    const finish = (keepWorker: boolean, settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      job.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError);
      this.busy--;
      if (keepWorker && !this.closed) this.idle.push(worker);
      else this.end(worker, !this.closed);
      settle();
      this.events.emit('settle');
      this.next();
    };
    const onMessage = (reply: { rows?: any[]; error?: { message: string; code?: string } }) =>
      finish(true, () =>
        reply.error
          ? job.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }))
          : job.resolve(reply.rows!),
      );
    const onError = (error: Error) => finish(false, () => job.reject(error));
    const onAbort = () => finish(false, () => job.reject(new RequestAbandonedError()));
    const timer = setTimeout(
      () => finish(false, () => job.reject(new StatementTimeoutError(this.timeoutMs))),
      this.timeoutMs,
    );
    worker.on('message', onMessage).on('error', onError);
    job.signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ sql: job.sql, params: job.params, hold: this.hold });
    this.events.emit('dispatch', job.sql);
  }

  private end(worker: Worker, counted: boolean): void {
    void worker.terminate();
    if (!counted) return;
    this.terminated++;
    this.events.emit('terminate', this.terminated);
  }
}
