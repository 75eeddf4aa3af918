import http from 'node:http';
import { AnswerChecker } from './answerChecker';
import { dueAt, percentiles } from './latencies';
import type { LoadOutcome, LoadPlan, WritePlan } from './loadPlan';
import { httpPost } from './httpPost';

/**
 * The load generator, a process of its own (forked by loadClient.ts) so that its CPU is not the
 * gateway's: receives one LoadPlan, sends it, answers one LoadOutcome and exits.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

class Run {
  readonly checker = new AnswerChecker();
  readonly latencies: number[] = [];
  readonly failures: Record<string, number> = {};
  sent = 0;
  good = 0;
  private next = 0;
  readonly agent: http.Agent;
  readonly url: URL;

  constructor(
    readonly plan: LoadPlan,
    maxSockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
    this.url = new URL(plan.url);
  }

  /** Sends the next body in the plan's order; latency counted from `fromMs`. */
  async send(fromMs: number): Promise<void> {
    const index = this.plan.order[this.next++ % this.plan.order.length];
    this.sent++;
    let reason: string | null;
    try {
      const { status, text } = await httpPost(this.agent, this.url, this.plan.bodies[index]);
      reason = this.checker.check(index, status, text);
      this.latencies.push(performance.now() - fromMs);
    } catch (error) {
      reason = (error as Error).message === 'timeout' ? 'timeout' : `network ${(error as NodeJS.ErrnoException).code}`;
    }
    if (reason === null) this.good++;
    else this.failures[reason] = (this.failures[reason] ?? 0) + 1;
  }
}

async function closedLoop(run: Run, connections: number, endMs: number): Promise<void> {
  const loop = async () => {
    while (performance.now() < endMs) await run.send(performance.now());
  };
  await Promise.all(Array.from({ length: connections }, loop));
}

async function openLoop(run: Run, rate: number, startMs: number, endMs: number): Promise<void> {
  const inFlight: Promise<void>[] = [];
  for (let i = 0; ; i++) {
    const due = dueAt(startMs, rate, i);
    if (due >= endMs) break;
    await sleep(due - performance.now());
    inFlight.push(run.send(due));
  }
  await Promise.all(inFlight);
}

async function writeLoop(plan: WritePlan, endMs: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const url = new URL(plan.url);
  const nonce = `${process.pid}-${Date.now()}`;
  const tally: LoadOutcome['writes'] = { ok: 0, failed: 0 };
  const startMs = performance.now();
  const sends: Promise<void>[] = [];
  for (let i = 0; dueAt(startMs, plan.perSecond, i) < endMs; i++) {
    await sleep(dueAt(startMs, plan.perSecond, i) - performance.now());
    const desk = plan.desks[i % plan.desks.length];
    const body = desk.template.replaceAll('__SEQ__', `${nonce}-${i}`);
    const failed = (why: string) => {
      tally.failed++;
      tally.firstError ??= why;
    };
    const sent = httpPost(agent, url, body, { authorization: desk.authorization }).then(
      ({ status, text }) => {
        if (status === 200 && !text.includes('"errors"')) tally.ok++;
        else failed(`HTTP ${status} ${text.slice(0, 300)}`);
      },
      (error: Error) => failed(error.message),
    );
    sends.push(sent);
  }
  await Promise.all(sends);
  return tally;
}

export async function runPlan(plan: LoadPlan): Promise<LoadOutcome> {
  const open = plan.mode.kind === 'open';
  const run = new Run(plan, plan.mode.kind === 'closed' ? plan.mode.connections : 512);
  const startMs = performance.now();
  const endMs = startMs + plan.durationMs;
  const writes = plan.writes ? writeLoop(plan.writes, endMs) : Promise.resolve({ ok: 0, failed: 0 });
  if (plan.mode.kind === 'closed') await closedLoop(run, plan.mode.connections, endMs);
  else await openLoop(run, plan.mode.rate, startMs, endMs);
  const durationMs = Math.max(plan.durationMs, open ? plan.durationMs : performance.now() - startMs);
  run.agent.destroy();
  return {
    durationMs,
    sent: run.sent,
    good: run.good,
    failures: run.failures,
    latency: percentiles(run.latencies),
    answers: run.checker.tallies,
    writes: await writes,
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
  };
}

if (require.main === module) {
  process.once('message', (plan: LoadPlan) => {
    runPlan(plan).then(
      (outcome) => process.send!(outcome, () => process.exit(0)),
      (error: Error) => process.send!({ error: error.stack }, () => process.exit(1)),
    );
  });
}
