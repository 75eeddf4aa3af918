import type { AnswerTally } from './loadPlan';
import type { RunSample } from './measureRun';

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface TargetSummary {
  rounds: number;
  /** Closed loop: good answers per second (failed and wrong ones excluded). */
  goodput: Spread;
  p50Ms: Spread;
  p99Ms: Spread;
  /** Open loop at a fraction of this gateway's capacity: the rate and latency from each request's due time. */
  open: Record<string, { rate: number; goodput: number; p50Ms: number; p99Ms: number; p999Ms: number }>;
  cpuMsPerRequest: Record<string, number>;
  exchangesPerRequest: number;
  statementsPerRequest: number;
  failures: Record<string, number>;
  /** Requests whose answer differed from ours (normalised JSON), with the first few bodies' variables. */
  wrong: { answers: number; distinctRequests: number; examples: string[] };
  writes: { ok: number; failed: number; firstError?: string };
}

export function spread(values: number[]): Spread {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN };
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Each body's answer as ours gave it (first hash seen), to check the other gateways against. */
function referenceHashes(samples: RunSample[]): Map<number, string> {
  const reference = new Map<number, string>();
  for (const s of samples.filter((x) => x.target === 'ours'))
    for (const [index, tally] of Object.entries(s.outcome.answers))
      if (!reference.has(Number(index))) reference.set(Number(index), tally.hash);
  return reference;
}

/** The wrong answers of one run: its good answers to bodies ours answered otherwise. */
function wrongIn(
  answers: Record<number, AnswerTally>,
  reference: Map<number, string>,
  wrongBodies: Set<number>,
): number {
  let wrong = 0;
  for (const [index, tally] of Object.entries(answers)) {
    const ours = reference.get(Number(index));
    if (ours !== undefined && ours !== tally.hash) {
      wrong += tally.count;
      wrongBodies.add(Number(index));
    }
  }
  return wrong;
}

export function summarise(samples: RunSample[], bodies: string[]): Record<string, TargetSummary> {
  const reference = referenceHashes(samples);
  const out: Record<string, TargetSummary> = {};
  for (const target of [...new Set(samples.map((s) => s.target))]) {
    const wrongBodies = new Set<number>();
    const mine = samples.filter((s) => s.target === target);
    const wrongs = mine.map((s) => wrongIn(s.outcome.answers, reference, wrongBodies));
    const goodputOf = (s: RunSample, i: number) =>
      Math.round(((s.outcome.good - wrongs[i]) / s.outcome.durationMs) * 10_000) / 10;
    const closed = mine.map((s, i) => ({ s, goodput: goodputOf(s, i) })).filter((x) => x.s.mode.startsWith('closed'));
    out[target] = {
      rounds: closed.length,
      goodput: spread(closed.map((x) => x.goodput)),
      p50Ms: spread(closed.map((x) => x.s.outcome.latency.p50)),
      p99Ms: spread(closed.map((x) => x.s.outcome.latency.p99)),
      open: openRuns(mine, goodputOf),
      cpuMsPerRequest: medianPerKey(closed.map((x) => x.s.cpuMsPerRequest)),
      exchangesPerRequest: spread(closed.map((x) => x.s.exchangesPerRequest)).median,
      statementsPerRequest: spread(closed.map((x) => x.s.statementsPerRequest)).median,
      failures: sumPerKey(mine.map((s) => s.outcome.failures)),
      wrong: {
        answers: wrongs.reduce((a, b) => a + b, 0),
        distinctRequests: wrongBodies.size,
        examples: [...wrongBodies].slice(0, 3).map((i) => JSON.stringify(JSON.parse(bodies[i]).variables)),
      },
      writes: writesOf(mine),
    };
  }
  return out;
}

function openRuns(mine: RunSample[], goodputOf: (s: RunSample, i: number) => number): TargetSummary['open'] {
  const open: TargetSummary['open'] = {};
  mine.forEach((s, i) => {
    if (!s.mode.startsWith('open')) return;
    const rate = Math.round(s.outcome.sent / (s.outcome.durationMs / 1000));
    const { p50, p99, p999 } = s.outcome.latency;
    open[s.mode.replace('open ', '')] = { rate, goodput: goodputOf(s, i), p50Ms: p50, p99Ms: p99, p999Ms: p999 };
  });
  return open;
}

function medianPerKey(records: Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((k) => [k, spread(records.map((r) => r[k] ?? NaN)).median]));
}

function sumPerKey(records: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function writesOf(mine: RunSample[]): TargetSummary['writes'] {
  const writes: TargetSummary['writes'] = { ok: 0, failed: 0 };
  for (const s of mine) {
    writes.ok += s.outcome.writes.ok;
    writes.failed += s.outcome.writes.failed;
    writes.firstError ??= s.outcome.writes.firstError;
  }
  return writes;
}
