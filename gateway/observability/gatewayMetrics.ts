import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { LATENCY_BUCKETS } from '../../subgraphs/shared/observability/subgraphMetrics';

/**
 * The gateway's metrics, in a registry of its own. Labels are bounded: operation label
 * (knownOperations.ts), outcome (ok or an error code), subgraph name, answer source.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestSeconds: Histogram<'operation'>;
  readonly answers: Counter<'source'>;
  readonly rateLimited: Counter;
  readonly fetches: Counter<'subgraph' | 'outcome'>;
  readonly fetchSeconds: Histogram<'subgraph'>;

  constructor() {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ service: 'gateway' });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'onestop_gateway_requests_total',
      help: 'GraphQL requests, by operation label and outcome (ok or the first error code, refusals included)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: 'onestop_gateway_request_duration_seconds',
      help: 'Time from a request arriving to its answer sent',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.answers = new Counter({
      name: 'onestop_gateway_answers_total',
      help: 'GraphQL answers by where they came from: kept (answers kept in front of Apollo), response (Apollo response cache) or computed',
      labelNames: ['source'],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'onestop_gateway_rate_limited_total',
      help: 'Requests refused by the rate limit (429 RATE_LIMITED)',
      registers,
    });
    this.fetches = new Counter({
      name: 'onestop_gateway_subgraph_fetches_total',
      help: 'Subgraph fetches, by subgraph and outcome (ok or error)',
      labelNames: ['subgraph', 'outcome'],
      registers,
    });
    this.fetchSeconds = new Histogram({
      name: 'onestop_gateway_subgraph_fetch_duration_seconds',
      help: 'Time one subgraph fetch took',
      labelNames: ['subgraph'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
  }
}
