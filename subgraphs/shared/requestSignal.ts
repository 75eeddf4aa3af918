import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The abort signal of the HTTP request being answered, reachable from any code it runs (the
 * statistics reader, statisticsReader.ts) without threading it through every resolver and
 * loader. It fires when the client goes away before the answer is sent: the gateway gave up
 * (its subgraph timeout) or the connection broke. Work for an answer nobody will read stops.
 */
const storage = new AsyncLocalStorage<AbortSignal>();

/** Runs `fn` (the GraphQL execution of one request) under a signal tied to its connection. */
export function withRequestSignal<T>(req: IncomingMessage, res: ServerResponse, fn: () => T): T {
  const controller = new AbortController();
  // 'close' comes after 'finish' for a completed answer; only a close without it is a client gone.
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('the client closed the connection before the answer'));
  });
  req.once('aborted', () => controller.abort(new Error('the client aborted the request')));
  return storage.run(controller.signal, fn);
}

/** The current request's signal, or undefined outside a request (seeds, scripts, tests calling loaders directly). */
export function requestSignal(): AbortSignal | undefined {
  return storage.getStore();
}
