import type { LoadResult } from './load';

export interface QueryReport {
  query: string;
  identicalJson: boolean;
  bytes: number;
  results: Record<string, LoadResult>;
}

export interface BenchOutput {
  peakRssMiB: Record<string, number | null>;
  queries: QueryReport[];
  [more: string]: unknown;
}

const ratio = (a: LoadResult | undefined, b: LoadResult | undefined) =>
  a && b && b.requestsPerSecond > 0 ? Math.round((a.requestsPerSecond / b.requestsPerSecond) * 100) / 100 : null;

/** The ratios the issue's targets are stated in. */
export function ratiosOf(q: QueryReport) {
  const r = q.results;
  return {
    oursOverCeiling: ratio(r.ours, r.ceiling),
    oursOverHive: ratio(r.ours, r.hive),
    cachedOverUncached: ratio(r.cached, r.ours),
    tracedOverUntraced: ratio(r.traced, r.ours),
  };
}

export function printReport(output: BenchOutput): void {
  const rows: string[][] = [['query', 'target', 'req/s', 'p50 ms', 'p99 ms', 'failures']];
  for (const q of output.queries) {
    for (const [name, r] of Object.entries(q.results)) {
      rows.push([q.query, name, String(r.requestsPerSecond), String(r.p50Ms), String(r.p99Ms), String(r.failures)]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  console.log('');
  for (const q of output.queries) {
    const r = ratiosOf(q);
    console.log(
      `${q.query}: ours/ceiling ${r.oursOverCeiling}  ours/hive ${r.oursOverHive}  cached/uncached ${r.cachedOverUncached}${r.tracedOverUntraced === null ? '' : `  traced/untraced ${r.tracedOverUntraced}`}  identical JSON ours=hive: ${q.identicalJson}`,
    );
  }
  console.log(
    `peak RSS (MiB): ${Object.entries(output.peakRssMiB)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}
