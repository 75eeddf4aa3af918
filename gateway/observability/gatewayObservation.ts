import { serviceLogger } from '../../subgraphs/shared/observability/logger';
import { requestObserver, type RequestObserver } from '../../subgraphs/shared/observability/observeRequests';
import { currentRequest, REQUEST_ID_HEADER } from '../../subgraphs/shared/observability/requestScope';
import {
  childSpan,
  endSpan,
  serviceTracing,
  SpanKind,
  traceparentOf,
  type ServiceTracing,
  type TracingOptions,
} from '../../subgraphs/shared/observability/tracing';
import { ErrorCode } from '../../subgraphs/shared/errors';
import { GatewayMetrics } from './gatewayMetrics';

/** What a subgraph fetch reports: its headers to add (request id, trace) and, once done, its end. */
export interface FetchObservation {
  headers: Record<string, string>;
  end(error?: boolean): void;
}

/**
 * The gateway's metrics, request log and traces. Each request gets a server span and log line
 * (observeRequests.ts); each subgraph fetch a client span, timed and counted, whose W3C
 * `traceparent` and the request id go to the subgraph in the fetch's headers.
 */
export class GatewayObservation {
  readonly metrics = new GatewayMetrics();
  readonly logger = serviceLogger('gateway');
  readonly tracing: ServiceTracing | undefined;
  readonly observer: RequestObserver;

  constructor(tracing?: TracingOptions) {
    this.tracing = serviceTracing('gateway', tracing);
    const { metrics } = this;
    this.observer = requestObserver(this.logger, this.tracing, ({ record, seconds, outcome }) => {
      if (outcome === ErrorCode.RATE_LIMITED) metrics.rateLimited.inc();
      // Only GraphQL requests and their refusals are counted (not pages or probes).
      if (record.operation === undefined && record.errorCodes.length === 0) return;
      const operation = record.operation ?? 'unknown';
      metrics.requests.inc({ operation, outcome });
      metrics.requestSeconds.observe({ operation }, seconds);
      if (record.operation !== undefined) metrics.answers.inc({ source: record.cacheHit ?? 'computed' });
    });
  }

  /** Starts observing one subgraph fetch of the current request. */
  fetch(subgraph: string): FetchObservation {
    const record = currentRequest();
    if (record && !record.subgraphs.includes(subgraph)) record.subgraphs.push(subgraph);
    const started = process.hrtime.bigint();
    const span =
      this.tracing && record?.span
        ? childSpan(this.tracing.tracer, `subgraph ${subgraph}`, record.span, SpanKind.CLIENT)
        : undefined;
    span?.setAttribute('onestop.subgraph', subgraph);
    const headers: Record<string, string> = {};
    if (record) headers[REQUEST_ID_HEADER] = record.id;
    if (span) headers.traceparent = traceparentOf(span);
    return {
      headers,
      end: (error) => {
        this.metrics.fetches.inc({ subgraph, outcome: error ? 'error' : 'ok' });
        this.metrics.fetchSeconds.observe({ subgraph }, Number(process.hrtime.bigint() - started) / 1e9);
        if (span) endSpan(span, error ? 'error' : undefined);
      },
    };
  }

  async close(): Promise<void> {
    await this.tracing?.close();
  }
}
