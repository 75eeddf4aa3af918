import type { BenchStack } from './benchStack';
import type { LoadPlan, WritePlan } from './loadPlan';
import { measureRun, type RunSample } from './measureRun';
import type { WorkloadSettings } from './runWorkload';
import { spread, summarise, type TargetSummary } from './summarise';
import type { Workload } from './workloads';

/**
 * The replica bench's two setups measured in interleaved rounds, as bench/run.ts does for
 * gateways: both stacks are up together, each round runs one then the other (the order swapped
 * every round, so neither always follows the other or always meets the machine's other load
 * first), and every figure is a median over the rounds with its spread. Run one after the other,
 * the second setup met another state of the machine and of the primary's buffer pool.
 */
export type Setup = 'primary only' | 'primary + replica';

export interface SetupUnderTest {
  setup: Setup;
  stack: BenchStack;
  writes: WritePlan;
}

export interface Selects {
  primary: number;
  replica: number;
}

export interface SetupResult {
  setup: Setup;
  summary: TargetSummary;
  /** SELECT statements each server ran during this setup's measured runs (Com_select deltas). */
  selects: Selects;
  /** The replica's share of those SELECTs, in %. */
  replicaSharePercent: number;
}

export interface InterleavedResult {
  setups: SetupResult[];
  /** Bodies both setups answered under load whose answers differ (normalised JSON hashes). */
  answersDiffer: number;
}

type Measured = { sample: RunSample; selects: Selects };

/** One measured run of one setup, with the SELECTs each server ran meanwhile. */
async function measured(
  s: SetupUnderTest,
  round: number,
  plan: Omit<LoadPlan, 'url'>,
  comSelects: () => Promise<Selects>,
): Promise<Measured> {
  const before = await comSelects();
  const sample = await measureRun(s.stack, 'ours', round, { ...plan, writes: s.writes });
  const after = await comSelects();
  return { sample, selects: { primary: after.primary - before.primary, replica: after.replica - before.replica } };
}

function log(setup: Setup, s: RunSample): void {
  const failed = s.outcome.sent - s.outcome.good;
  console.log(
    `  ${setup} ${s.mode}: ${s.goodput} good/s, p50 ${s.outcome.latency.p50} p99 ${s.outcome.latency.p99} ms` +
      `${failed ? `, ${failed} failed ${JSON.stringify(s.outcome.failures)}` : ''}`,
  );
}

/** Runs the setups in turn, every run's sample and SELECTs kept per setup. */
class Interleaving {
  private readonly runs = new Map<Setup, Measured[]>();
  private readonly closed;

  constructor(
    private readonly setups: SetupUnderTest[],
    private readonly workload: Workload,
    private readonly settings: WorkloadSettings,
    private readonly comSelects: () => Promise<Selects>,
  ) {
    for (const s of setups) this.runs.set(s.setup, []);
    this.closed = { kind: 'closed', connections: settings.connections } as const;
  }

  private plan(seconds: number, mode: LoadPlan['mode'], order: number): Omit<LoadPlan, 'url'> {
    const { bodies } = this.workload;
    // Both setups get the same requests in a round, so a round compares like with like.
    return { bodies, order: this.workload.orderFor(order), mode, durationMs: seconds * 1000 };
  }

  async warmUp(): Promise<void> {
    const plan = this.plan(this.settings.warmupSeconds, this.closed, 0);
    for (const s of this.setups) await measureRun(s.stack, 'ours', -1, { ...plan, writes: s.writes });
  }

  private async turn(s: SetupUnderTest, round: number, plan: Omit<LoadPlan, 'url'>, mode?: string): Promise<void> {
    const m = await measured(s, round, plan, this.comSelects);
    if (mode) m.sample = { ...m.sample, mode };
    this.runs.get(s.setup)!.push(m);
    log(s.setup, m.sample);
  }

  /** Closed loop, the setups' order rotated every round. */
  async rounds(): Promise<void> {
    const { rounds, roundSeconds } = this.settings;
    for (let round = 0; round < rounds; round++)
      for (let i = 0; i < this.setups.length; i++)
        await this.turn(
          this.setups[(i + round) % this.setups.length],
          round,
          this.plan(roundSeconds, this.closed, round),
        );
  }

  /** Open loop at each fraction of each setup's own capacity, the order rotated per fraction. */
  async openLoads(): Promise<void> {
    const { openLoads, openSeconds, rounds } = this.settings;
    const capacity = new Map(this.setups.map((s) => [s.setup, capacityOf(this.runs.get(s.setup)!)]));
    for (const [k, load] of openLoads.entries())
      for (let i = 0; i < this.setups.length; i++) {
        const s = this.setups[(i + k) % this.setups.length];
        const rate = Math.max(1, Math.round(capacity.get(s.setup)! * load));
        const plan = this.plan(openSeconds, { kind: 'open', rate }, rounds + k);
        await this.turn(s, -1, plan, `open ${Math.round(load * 100)}%`);
      }
  }

  result(): InterleavedResult {
    return {
      setups: this.setups.map((s) => resultOf(s.setup, this.runs.get(s.setup)!, this.workload)),
      answersDiffer: differing(this.runs),
    };
  }
}

/** Warm-up, then closed-loop rounds (order swapped each round), then open loop at each setup's own capacity. */
export async function runInterleaved(
  setups: SetupUnderTest[],
  workload: Workload,
  settings: WorkloadSettings,
  comSelects: () => Promise<Selects>,
): Promise<InterleavedResult> {
  const interleaving = new Interleaving(setups, workload, settings, comSelects);
  await interleaving.warmUp();
  await interleaving.rounds();
  await interleaving.openLoads();
  return interleaving.result();
}

/** A setup's capacity: its median closed-loop goodput. */
function capacityOf(runs: Measured[]): number {
  return spread(runs.filter((m) => m.sample.mode.startsWith('closed')).map((m) => m.sample.goodput)).median;
}

function resultOf(setup: Setup, runs: Measured[], workload: Workload): SetupResult {
  const selects = runs.reduce(
    (sum, m) => ({ primary: sum.primary + m.selects.primary, replica: sum.replica + m.selects.replica }),
    { primary: 0, replica: 0 },
  );
  const total = selects.primary + selects.replica;
  return {
    setup,
    summary: summarise(
      runs.map((m) => m.sample),
      workload.bodies,
    ).ours,
    selects,
    replicaSharePercent: total ? Math.round((selects.replica / total) * 1000) / 10 : 0,
  };
}

/** Bodies answered by every setup whose first answers differ: reading a replica must not change an answer. */
function differing(runs: Map<Setup, Measured[]>): number {
  const firstHashes = [...runs.values()].map((list) => {
    const hashes = new Map<number, string>();
    for (const m of list)
      for (const [index, tally] of Object.entries(m.sample.outcome.answers))
        if (!hashes.has(Number(index))) hashes.set(Number(index), tally.hash);
    return hashes;
  });
  const [first, ...others] = firstHashes;
  let differ = 0;
  for (const [index, hash] of first ?? []) if (others.some((o) => o.has(index) && o.get(index) !== hash)) differ++;
  return differ;
}
