import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { contextFromTraceparent, childSpan, endSpan, SpanKind, type ServiceTracing } from './tracing';
import { REQUEST_ID_HEADER, requestIdOf, runInRequest, type RequestRecord } from './requestScope';

export interface FinishedRequest {
  record: RequestRecord;
  status: number;
  seconds: number;
  /** `ok`, or the first error code the answer carried (a refusal's, a GraphQL error's). */
  outcome: string;
}

export interface RequestObserver {
  /** listenHttp's hook: runs `handle` as this request, and logs and measures it once answered. */
  observe(req: IncomingMessage, res: ServerResponse, handle: () => void): void;
}

const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * A subject that looks like a client or service id is logged as it is; anything else (an e-mail,
 * a name) as a short hash of it, which still finds one caller's lines without naming a person.
 */
export function loggedSubject(subject: string | null | undefined): string | undefined {
  if (!subject) return undefined;
  if (CLIENT_ID.test(subject) && !subject.includes('@')) return subject;
  return `sha256:${createHash('sha256').update(subject).digest('hex').slice(0, 12)}`;
}

/** The request's log line: who, what, how it ended, how long, where it went; never a token or a body. */
function logLine(record: RequestRecord, req: IncomingMessage, status: number, outcome: string, seconds: number) {
  return {
    method: req.method,
    path: (req.url ?? '/').split('?')[0],
    client: record.client ? { role: record.client.role, subject: record.client.subject } : undefined,
    operation: record.operation,
    status,
    outcome,
    durationMs: Math.round(seconds * 10_000) / 10,
    ...(record.subgraphs.length ? { subgraphs: record.subgraphs } : {}),
    ...(record.cacheHit ? { cache: record.cacheHit } : {}),
  };
}

/** A server span continuing the caller's W3C trace (traceparent), named after the method and path. */
function requestSpan(tracing: ServiceTracing, req: IncomingMessage, requestId: string) {
  const span = childSpan(
    tracing.tracer,
    `${req.method} ${(req.url ?? '/').split('?')[0]}`,
    contextFromTraceparent(req.headers.traceparent),
    SpanKind.SERVER,
  );
  span.setAttribute('onestop.request_id', requestId);
  return span;
}

/**
 * One JSON log line per request (request id, client, operation, status, duration, outcome, the
 * subgraphs it touched, the cache that answered), a span per request continuing the caller's
 * W3C trace, and `measure` for the service's metrics. The request id is the caller's
 * X-Request-Id when well formed, else a fresh one, and is sent back in the same header.
 */
export function requestObserver(
  logger: Logger,
  tracing: ServiceTracing | undefined,
  measure: (finished: FinishedRequest) => void,
): RequestObserver {
  const finish = (record: RequestRecord, req: IncomingMessage, res: ServerResponse) => {
    const seconds = Number(process.hrtime.bigint() - record.started) / 1e9;
    const status = res.writableFinished ? res.statusCode : 499;
    const outcome = record.errorCodes[0] ?? (status >= 400 ? `HTTP_${status}` : 'ok');
    if (record.span) {
      record.span.setAttribute('http.response.status_code', status);
      if (record.operation) record.span.setAttribute('graphql.operation.name', record.operation);
      endSpan(record.span, outcome === 'ok' ? undefined : outcome);
    }
    measure({ record, status, seconds, outcome });
    logger.info(logLine(record, req, status, outcome, seconds), 'request');
  };
  return {
    observe(req, res, handle) {
      const id = requestIdOf(req);
      const record: RequestRecord = { id, started: process.hrtime.bigint(), errorCodes: [], subgraphs: [] };
      res.setHeader(REQUEST_ID_HEADER, id);
      if (tracing) record.span = requestSpan(tracing, req, id);
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        finish(record, req, res);
      };
      // Run as the request, so the log line's mixin names it (logger.ts).
      res.once('finish', () => runInRequest(record, once));
      res.once('close', () => runInRequest(record, once));
      runInRequest(record, handle);
    },
  };
}
