import autocannon from 'autocannon';
import type { LoadResult, LoadSettings } from './load';

/**
 * Load whose requests rotate through several bodies, each answer checked against its own body's
 * expected answer. load.ts sends one body over and over, which at national scale would measure
 * one district's rows sitting in the database's cache; rotating makes every request read a
 * different unit's rows, as a country's worth of readers would.
 */
export interface RotatingTarget {
  url: string;
  headers?: Record<string, string>;
  /** The bodies to rotate through, each with the one answer it must get. */
  requests: { body: string; expectBody: string }[];
}

function run(
  target: RotatingTarget,
  connections: number,
  duration: number,
): Promise<{ result: autocannon.Result; mismatches: number }> {
  const { requests } = target;
  let next = 0;
  let mismatches = 0;
  return autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    connections,
    duration,
    // One request in flight per connection (autocannon's default), so a connection's context
    // still names the body of the request its response answers.
    requests: [
      {
        setupRequest: (request, context: { index?: number }) => {
          context.index = next;
          next = (next + 1) % requests.length;
          return { ...request, body: requests[context.index].body };
        },
        onResponse: (status, body, context: { index?: number }) => {
          if (status === 200 && body !== requests[context.index!].expectBody) mismatches++;
        },
      },
    ],
  }).then((result) => ({ result, mismatches }));
}

/** A warm-up then the measured run, as load.ts's `measure`; a wrong answer counts as a failure. */
export async function measureRotating(target: RotatingTarget, settings: LoadSettings): Promise<LoadResult> {
  if (settings.warmupSeconds > 0) await run(target, settings.connections, settings.warmupSeconds);
  const { result: r, mismatches } = await run(target, settings.connections, settings.durationSeconds);
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    failures: r.non2xx + r.errors + r.timeouts + mismatches,
  };
}
