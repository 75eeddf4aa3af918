/** Latency percentiles in ms (nearest rank), from every request's latency: no histogram rounding. */
export interface Percentiles {
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

export function percentiles(latenciesMs: number[]): Percentiles {
  if (latenciesMs.length === 0) return { p50: NaN, p99: NaN, p999: NaN, max: NaN };
  const sorted = Float64Array.from(latenciesMs).sort();
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
  return { p50: at(0.5), p99: at(0.99), p999: at(0.999), max: round(sorted[sorted.length - 1]) };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Open loop: request i is due at start + i / rate, whatever happened to the earlier ones, and its
 * latency is counted from when it was due, not from when it could be sent. A closed loop (or an
 * open one that waits) sends less while the server is slow and so hides the queueing it caused
 * (coordinated omission).
 */
export function dueAt(startMs: number, ratePerSecond: number, i: number): number {
  return startMs + (i * 1000) / ratePerSecond;
}
