import type { BenchStack } from './benchStack';
import { fetchOnce } from './load';
import { normaliseAnswer } from './normaliseAnswer';
import type { Workload } from './workloads';

export interface AnswerComparison {
  /** Bodies asked of every gateway before the load. */
  checked: number;
  /** Each body a gateway answered otherwise than ours (normalised JSON), or with an error. */
  mismatches: { target: string; variables: string; why: string }[];
}

/** The bodies compared: the hottest of the workload's order and a spread of the rest. */
function sampleOf(workload: Workload, count: number): number[] {
  const picked = new Set(workload.orderFor(0).slice(0, count / 2));
  const step = Math.max(1, Math.floor(workload.bodies.length / (count / 2)));
  for (let i = 0; i < workload.bodies.length && picked.size < count; i += step) picked.add(i);
  return [...picked];
}

/**
 * Before the load, the same sample of a workload's bodies is asked of every gateway, one at a
 * time: ours must answer real data (the workload's own check), and every other gateway the same
 * JSON. The load's own answers are checked again against ours where both asked the same body.
 */
export async function compareAnswers(stack: BenchStack, workload: Workload, count = 30): Promise<AnswerComparison> {
  const mismatches: AnswerComparison['mismatches'] = [];
  const sample = sampleOf(workload, count);
  for (const index of sample) {
    const body = workload.bodies[index];
    const variables = JSON.stringify(JSON.parse(body).variables ?? {});
    const ours = await fetchOnce({ url: stack.gateways.ours.url, body });
    const oursData = ours.status === 200 ? JSON.parse(ours.text) : { errors: [ours.status] };
    if (oursData.errors || !(workload.isReal?.(oursData.data) ?? true))
      throw new Error(`${workload.name}: ours answers ${variables} with ${ours.text.slice(0, 300)}`);
    for (const target of stack.targets.filter((name) => name !== 'ours')) {
      const theirs = await fetchOnce({ url: stack.gateways[target].url, body });
      if (theirs.status !== 200) mismatches.push({ target, variables, why: `HTTP ${theirs.status}` });
      else if (normaliseAnswer(theirs.text) !== normaliseAnswer(ours.text))
        mismatches.push({ target, variables, why: theirs.text.slice(0, 200) });
    }
  }
  return { checked: sample.length, mismatches };
}
