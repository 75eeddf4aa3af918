import { type BenchStack, type GatewayName } from './benchStack';
import type { LoadPlan, WritePlan } from './loadPlan';
import { measureRun, type RunSample } from './measureRun';
import type { Workload } from './workloads';
import { summarise, type TargetSummary } from './summarise';
import { compareAnswers, type AnswerComparison } from './compareAnswers';

export interface WorkloadSettings {
  rounds: number;
  roundSeconds: number;
  warmupSeconds: number;
  openSeconds: number;
  connections: number;
  /** Fractions of each gateway's measured capacity for the open-loop runs. */
  openLoads: number[];
}

export interface WorkloadResult {
  workload: string;
  measures: string;
  answersCompared: AnswerComparison;
  targets: Record<string, TargetSummary>;
}

/**
 * Warm-up on every gateway, then `rounds` rounds, each running every gateway once in a rotated
 * order (so no gateway always follows the same one), closed loop; each gateway's capacity is its
 * median goodput, and it is then loaded open-loop at the given fractions of it.
 */
export async function runWorkload(
  stack: BenchStack,
  workload: Workload,
  settings: WorkloadSettings,
  writes?: WritePlan,
): Promise<WorkloadResult> {
  let runNumber = 0;
  const plan = (seconds: number, mode: LoadPlan['mode']): Omit<LoadPlan, 'url'> => ({
    bodies: workload.bodies,
    order: workload.orderFor(runNumber++),
    mode,
    durationMs: seconds * 1000,
    writes,
  });
  const closed = { kind: 'closed', connections: settings.connections } as const;
  const answersCompared = await compareAnswers(stack, workload);
  for (const m of answersCompared.mismatches)
    console.log(`  ${workload.name}: ${m.target} answers ${m.variables} otherwise: ${m.why}`);
  const gateways = stack.targets;
  for (const target of gateways) await measureRun(stack, target, -1, plan(settings.warmupSeconds, closed));
  const samples: RunSample[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    for (let i = 0; i < gateways.length; i++) {
      const target = gateways[(i + round) % gateways.length];
      const sample = await measureRun(stack, target, round, plan(settings.roundSeconds, closed));
      samples.push(sample);
      log(workload.name, sample);
    }
  }
  const capacity = capacities(samples, gateways);
  for (const load of settings.openLoads)
    for (const target of gateways) {
      const rate = Math.max(1, Math.round(capacity[target] * load));
      const sample = await measureRun(stack, target, -1, plan(settings.openSeconds, { kind: 'open', rate }));
      samples.push({ ...sample, mode: `open ${Math.round(load * 100)}%` });
      log(workload.name, { ...sample, mode: `open ${Math.round(load * 100)}% (${rate}/s)` });
    }
  const targets = summarise(samples, workload.bodies);
  return { workload: workload.name, measures: workload.measures, answersCompared, targets };
}

function capacities(samples: RunSample[], targets: readonly GatewayName[]): Record<GatewayName, number> {
  const out = {} as Record<GatewayName, number>;
  for (const target of targets) {
    const goodputs = samples.filter((s) => s.target === target).map((s) => s.goodput);
    out[target] = [...goodputs].sort((a, b) => a - b)[Math.floor(goodputs.length / 2)];
  }
  return out;
}

function log(workload: string, s: RunSample): void {
  const failed = s.outcome.sent - s.outcome.good;
  console.log(
    `  ${workload} ${s.target} ${s.mode}: ${s.goodput} good/s, p50 ${s.outcome.latency.p50} p99 ${s.outcome.latency.p99} ms` +
      `${failed ? `, ${failed} failed ${JSON.stringify(s.outcome.failures)}` : ''}` +
      `${s.outcome.writes.ok + s.outcome.writes.failed ? `, writes ${s.outcome.writes.ok} ok ${s.outcome.writes.failed} failed` : ''}`,
  );
}
