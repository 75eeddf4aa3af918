import autocannon from 'autocannon';

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers, connection errors, timeouts and bodies other than the expected one. */
  failures: number;
}

export interface Target {
  url: string;
  body: string;
  headers?: Record<string, string>;
  /** Every answer must be exactly this body (checked by autocannon on each response). */
  expectBody: string;
}

function run(target: Target, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections,
    duration,
    expectBody: target.expectBody,
  });
}

/** A warm-up (JIT, connection pools, plan caches) then the measured run, same connections. */
export async function measure(target: Target, settings: LoadSettings): Promise<LoadResult> {
  if (settings.warmupSeconds > 0) await run(target, settings.connections, settings.warmupSeconds);
  const r = await run(target, settings.connections, settings.durationSeconds);
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    failures: r.non2xx + r.errors + r.timeouts + (r.mismatches ?? 0),
  };
}

/** One request, for the equality check and to learn the body each server answers. */
export async function fetchOnce(target: Omit<Target, 'expectBody'>): Promise<{ status: number; text: string }> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  return { status: response.status, text: await response.text() };
}
