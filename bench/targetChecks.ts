import type { TargetSummary } from './summarise';

/**
 * Issue 17's targets, checked from one bench result (and, for the before/after targets, from a
 * baseline result file of the same bench run earlier in the session on the code before the
 * change: `--baseline file`). Each line names the figures it compares, so the table says why a
 * target is met or not, not just whether.
 */
export interface ResultLike {
  workload: string;
  targets: Record<string, TargetSummary>;
}

export interface TargetCheck {
  target: string;
  figures: string;
  met: boolean | null;
}

const num = (v: number | undefined) =>
  v === undefined || Number.isNaN(v) ? '–' : v >= 100 ? String(Math.round(v)) : String(Math.round(v * 100) / 100);
const subgraphCpu = (t: TargetSummary) =>
  (t.cpuMsPerRequest.district ?? 0) + (t.cpuMsPerRequest.commune ?? 0) + (t.cpuMsPerRequest.reform ?? 0);
const find = (results: ResultLike[], workload: string) => results.find((r) => r.workload === workload)?.targets;

/** Ours (and ours as deployed, when it ran) against stock and the router runtime on the fleet. */
function fleetChecks(fleet: Record<string, TargetSummary>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const { stock, hiveRouter } = fleet;
  for (const name of ['ours', 'oursDeployed'].filter((n) => fleet[n])) {
    const mine = fleet[name];
    if (stock && hiveRouter) {
      const vsStock = mine.goodput.median / stock.goodput.median;
      const vsRouter = mine.goodput.median / hiveRouter.goodput.median;
      checks.push({
        target: `fleet goodput: ${name} ≥ 2× stock and ≥ 1.3× hiveRouter`,
        figures: `${num(mine.goodput.median)} req/s: ${num(vsStock)}× stock (${num(stock.goodput.median)}), ${num(vsRouter)}× hiveRouter (${num(hiveRouter.goodput.median)})`,
        met: vsStock >= 2 && vsRouter >= 1.3,
      });
      const p99 = (t: TargetSummary) => t.open['80%']?.p99Ms ?? NaN;
      checks.push({
        target: `fleet p99 at 80 % load: ${name} no worse than stock or hiveRouter`,
        figures: `${num(p99(mine))} ms; stock ${num(p99(stock))}, hiveRouter ${num(p99(hiveRouter))}`,
        met: p99(mine) <= p99(stock) && p99(mine) <= p99(hiveRouter),
      });
    }
  }
  return checks;
}

/** Cold: ours at least level with every other gateway; five-fold against the baseline when given. */
function coldChecks(cold: Record<string, TargetSummary>, before?: Record<string, TargetSummary>): TargetCheck[] {
  const ours = cold.ours;
  const others = Object.entries(cold).filter(([name]) => name !== 'ours' && name !== 'oursDeployed');
  const checks: TargetCheck[] = [
    {
      target: 'cold goodput: ours ≥ every other gateway',
      figures: [`ours ${num(ours.goodput.median)}`, ...others.map(([n, t]) => `${n} ${num(t.goodput.median)}`)].join(
        ', ',
      ),
      met: others.every(([, t]) => ours.goodput.median >= t.goodput.median),
    },
  ];
  const then = before?.ours;
  if (then) {
    const cpu = subgraphCpu(then) / subgraphCpu(ours);
    const goodput = ours.goodput.median / then.goodput.median;
    checks.push(
      {
        target: 'cold: subgraph CPU per answer cut ≥ 5×',
        figures: `${num(subgraphCpu(then))} → ${num(subgraphCpu(ours))} ms (${num(cpu)}×)`,
        met: cpu >= 5,
      },
      {
        target: 'cold: ours goodput ≥ 5× the baseline',
        figures: `${num(then.goodput.median)} → ${num(ours.goodput.median)} req/s (${num(goodput)}×)`,
        met: goodput >= 5,
      },
    );
  }
  return checks;
}

/** Sector × month: our gateway's CPU per request halved against the baseline. */
function sectorMonthCheck(now: TargetSummary, then: TargetSummary): TargetCheck {
  const ratio = then.cpuMsPerRequest.ours / now.cpuMsPerRequest.ours;
  return {
    target: 'sector × month: gateway CPU per request halved',
    figures: `${num(then.cpuMsPerRequest.ours)} → ${num(now.cpuMsPerRequest.ours)} ms (${num(ratio)}×)`,
    met: ratio >= 2,
  };
}

export function targetChecks(results: ResultLike[], baseline?: ResultLike[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const fleet = find(results, 'dashboard fleet');
  if (fleet) checks.push(...fleetChecks(fleet));
  const cold = find(results, 'cold');
  if (cold?.ours) checks.push(...coldChecks(cold, baseline && find(baseline, 'cold')));
  const sectorMonth = find(results, 'hot sectorMonth')?.ours;
  const sectorMonthBefore = baseline && find(baseline, 'hot sectorMonth')?.ours;
  if (sectorMonth && sectorMonthBefore) checks.push(sectorMonthCheck(sectorMonth, sectorMonthBefore));
  return checks;
}

export function targetTable(checks: TargetCheck[]): string {
  const lines = ['| target | figures | met? |', '|---|---|---|'];
  for (const c of checks) lines.push(`| ${c.target} | ${c.figures} | ${c.met === null ? '–' : c.met ? 'yes' : 'no'} |`);
  return lines.join('\n');
}
