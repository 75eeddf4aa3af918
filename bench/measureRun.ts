import type { BenchStack, GatewayName } from './benchStack';
import { runLoad } from './loadClient';
import type { LoadOutcome, LoadPlan } from './loadPlan';
import { cpuMsOf } from './processCpu';
import { readSubgraphCounters } from './subgraphCounters';

/** One measured run of one gateway: the load's outcome and what every process spent on it. */
export interface RunSample {
  target: GatewayName;
  round: number;
  mode: string;
  outcome: LoadOutcome;
  /** Requests answered well per second. */
  goodput: number;
  /** CPU ms per request sent, for every process of the stack and the load generator. */
  cpuMsPerRequest: Record<string, number>;
  exchangesPerRequest: number;
  statementsPerRequest: number;
}

const perRequest = (value: number, requests: number) => (requests > 0 ? Math.round((value / requests) * 100) / 100 : 0);

function cpuOf(stack: BenchStack): Record<string, number> {
  return Object.fromEntries(stack.all().map((svc) => [svc.name, cpuMsOf(svc.child.pid) ?? NaN]));
}

export async function measureRun(
  stack: BenchStack,
  target: GatewayName,
  round: number,
  plan: Omit<LoadPlan, 'url'>,
): Promise<RunSample> {
  const metrics = Object.values(stack.subgraphs).map((svc) => svc.metricsUrl!);
  const cpuBefore = cpuOf(stack);
  const countersBefore = await readSubgraphCounters(metrics);
  const outcome = await runLoad({ ...plan, url: stack.gateways[target].url });
  const countersAfter = await readSubgraphCounters(metrics);
  const cpuAfter = cpuOf(stack);
  const requests = outcome.sent;
  const cpuMsPerRequest = Object.fromEntries(
    Object.keys(cpuAfter).map((name) => [name, perRequest(cpuAfter[name] - cpuBefore[name], requests)]),
  );
  cpuMsPerRequest.load = perRequest(outcome.cpuMs, requests);
  return {
    target,
    round,
    mode: plan.mode.kind === 'closed' ? `closed ${plan.mode.connections}` : `open ${plan.mode.rate}/s`,
    outcome,
    goodput: Math.round((outcome.good / outcome.durationMs) * 1000 * 10) / 10,
    cpuMsPerRequest,
    exchangesPerRequest: perRequest(countersAfter.exchanges - countersBefore.exchanges, requests),
    statementsPerRequest: perRequest(countersAfter.statements - countersBefore.statements, requests),
  };
}
