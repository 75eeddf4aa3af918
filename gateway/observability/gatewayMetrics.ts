import type { Counter, Histogram, Registry } from 'prom-client';
import { metricFactory, requestMetrics } from '../../subgraphs/shared/observability/metricFactory';

/**
 * The gateway's metrics, in a registry of its own. Labels are bounded: operation label
 * (knownOperations.ts), outcome (ok or an error code), subgraph name, answer source.
 */
export class GatewayMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestSeconds: Histogram<'operation'>;
  readonly answers: Counter<'source'>;
  readonly rateLimited: Counter;
  readonly fetches: Counter<'subgraph' | 'outcome'>;
  readonly fetchSeconds: Histogram<'subgraph'>;
  readonly passedThrough: Counter;

  constructor() {
    const f = metricFactory({ service: 'gateway' });
    this.registry = f.registry;
    ({ requests: this.requests, requestSeconds: this.requestSeconds } = requestMetrics(
      f,
      'gateway',
      'GraphQL requests, by operation label and outcome (ok or the first error code, refusals included)',
    ));
    this.answers = f.counter(
      'onestop_gateway_answers_total',
      'GraphQL answers by where they came from: kept (answers kept in front of Apollo), response (Apollo response cache) or computed',
      ['source'],
    );
    this.rateLimited = f.counter(
      'onestop_gateway_rate_limited_total',
      'Requests refused by the rate limit (429 RATE_LIMITED)',
    );
    this.fetches = f.counter(
      'onestop_gateway_subgraph_fetches_total',
      'Subgraph fetches, by subgraph and outcome (ok or error)',
      ['subgraph', 'outcome'],
    );
    this.fetchSeconds = f.latency('onestop_gateway_subgraph_fetch_duration_seconds', 'Time one subgraph fetch took', [
      'subgraph',
    ]);
    this.passedThrough = f.counter(
      'onestop_gateway_passed_through_total',
      "Answers of single-fetch queries given as the subgraph wrote them, without the gateway's result shaping (execution/passThrough.ts)",
    );
  }
}
