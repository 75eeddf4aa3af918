import type { Spread, TargetSummary } from './summarise';
import type { WorkloadResult } from './runWorkload';

const num = (v: number) => (Number.isNaN(v) ? '–' : v >= 100 ? String(Math.round(v)) : String(Math.round(v * 10) / 10));
const range = (s: Spread) => `${num(s.median)} (${num(s.min)}–${num(s.max)})`;

function openCell(t: TargetSummary, load: string): string {
  const o = t.open[load];
  return o ? `${o.rate}/s: ${num(o.p50Ms)} / ${num(o.p99Ms)} / ${num(o.p999Ms)}` : '–';
}

/** CPU ms per request: the gateway measured, the three subgraphs together, the writer (fleet) and the load generator. */
function cpuCell(t: TargetSummary, target: string): string {
  const c = t.cpuMsPerRequest;
  const subgraphs = (c.district ?? 0) + (c.commune ?? 0) + (c.reform ?? 0);
  return `${num(c[target])} / ${num(subgraphs)}${t.writes.ok + t.writes.failed > 0 ? ` / w ${num(c.writer)}` : ''}`;
}

function failedCell(t: TargetSummary): string {
  const failed = Object.values(t.failures).reduce((a, b) => a + b, 0);
  return `${failed}${t.wrong.answers ? ` + ${t.wrong.answers} wrong` : ''}`;
}

/** One markdown table of every workload and gateway (the README's Performance section quotes it). */
export function benchTable(results: (WorkloadResult & { peakMiB: Record<string, number | null> })[]): string {
  const head =
    '| workload | gateway | goodput req/s median (min–max) | closed p50 / p99 ms | open 50%: rate: p50 / p99 / p99.9 ms | open 80% | CPU ms/req gateway / subgraphs | subgraph exchanges / statements per req | failed | peak MiB |';
  const lines = [head, `|${'---|'.repeat(10)}`];
  for (const w of results)
    for (const [target, t] of Object.entries(w.targets))
      lines.push(
        `| ${w.workload} | ${target} | ${range(t.goodput)} | ${num(t.p50Ms.median)} / ${num(t.p99Ms.median)} | ${openCell(t, '50%')} | ${openCell(t, '80%')} | ${cpuCell(t, target)} | ${num(t.exchangesPerRequest)} / ${num(t.statementsPerRequest)} | ${failedCell(t)} | ${w.peakMiB[target] ?? '–'} |`,
      );
  return lines.join('\n');
}
