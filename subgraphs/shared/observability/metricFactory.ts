import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Seconds: the buckets of every latency histogram (a statement of 1 ms to a slow statistic). */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A service's own registry (a test process runs three subgraphs and the gateway, so none uses the
 * global one), with the process metrics and one way to declare counters and latency histograms.
 */
export function metricFactory(defaultLabels: Record<string, string>) {
  const registry = new Registry();
  registry.setDefaultLabels(defaultLabels);
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    counter: <L extends string = never>(name: string, help: string, labelNames: L[] = []) =>
      new Counter<L>({ name, help, labelNames, registers }),
    latency: <L extends string = never>(name: string, help: string, labelNames: L[] = []) =>
      new Histogram<L>({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers }),
  };
}

/** Requests by operation label and outcome, and their latency: the pair every service serves. */
export function requestMetrics(
  factory: ReturnType<typeof metricFactory>,
  service: 'gateway' | 'subgraph',
  help: string,
) {
  return {
    requests: factory.counter(`onestop_${service}_requests_total`, help, ['operation', 'outcome']),
    requestSeconds: factory.latency(
      `onestop_${service}_request_duration_seconds`,
      service === 'gateway' ? 'Time from a request arriving to its answer sent' : 'Time to answer a GraphQL request',
      ['operation'],
    ),
  };
}
