import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Span } from '@opentelemetry/api';

/**
 * What one HTTP request to a service did, filled in as it is answered and read once when it is
 * finished (its log line, its metrics). Reachable from any code the request runs (the gateway's
 * subgraph fetches, a subgraph's SQL statements) without threading it through every call.
 */
export interface RequestRecord {
  id: string;
  started: bigint;
  /** The operation's label: a known operation's name, `other` or `anonymous` (operationLabel). */
  operation?: string;
  /** Who asked: the verified identity's role and subject, never the token. */
  client?: { role: string; subject?: string };
  /** Error codes the answer carried (empty: ok). */
  errorCodes: string[];
  /** Subgraphs fetched (gateway) in the order first asked. */
  subgraphs: string[];
  /** `kept` when a kept answer was sent, `response` when Apollo's response cache answered. */
  cacheHit?: 'kept' | 'response';
  span?: Span;
}

export const REQUEST_ID_HEADER = 'x-request-id';
/** An incoming request id is kept only in this shape: it goes into logs and headers as it is. */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,63}$/;

/** The caller's X-Request-Id when well formed (a proxy's, the gateway's), else a fresh one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && WELL_FORMED.test(given) ? given : randomUUID();
}

const storage = new AsyncLocalStorage<RequestRecord>();

export function runInRequest<T>(record: RequestRecord, fn: () => T): T {
  return storage.run(record, fn);
}

/** The request being answered, or undefined outside one (seeds, imports, start-up). */
export function currentRequest(): RequestRecord | undefined {
  return storage.getStore();
}
