import type { TargetSummary } from '../../bench/summarise';
import { targetChecks, targetTable, type ResultLike } from '../../bench/targetChecks';

function summary(goodput: number, p99At80: number, cpu: Record<string, number>): TargetSummary {
  const spread = (median: number) => ({ median, min: median, max: median });
  return {
    rounds: 5,
    goodput: spread(goodput),
    p50Ms: spread(10),
    p99Ms: spread(50),
    open: { '80%': { rate: Math.round(goodput * 0.8), goodput, p50Ms: 10, p99Ms: p99At80, p999Ms: p99At80 } },
    cpuMsPerRequest: cpu,
    exchangesPerRequest: 2,
    statementsPerRequest: 3,
    failures: {},
    wrong: { answers: 0, distinctRequests: 0, examples: [] },
    writes: { ok: 0, failed: 0 },
  };
}

const fleet = (ours: number, oursP99: number): ResultLike => ({
  workload: 'dashboard fleet',
  targets: {
    ours: summary(ours, oursP99, { ours: 1 }),
    stock: summary(300, 70, { stock: 1 }),
    hiveRouter: summary(400, 120, { hiveRouter: 1 }),
  },
});

describe('issue 17 targets from a bench result', () => {
  test('the fleet target needs both ratios, and its p99 target both comparisons', () => {
    const [goodput, p99] = targetChecks([fleet(600, 60)]);
    expect(goodput).toEqual({
      target: 'fleet goodput: ours ≥ 2× stock and ≥ 1.3× hiveRouter',
      figures: '600 req/s: 2× stock (300), 1.5× hiveRouter (400)',
      met: true,
    });
    expect(p99.met).toBe(true);
    const [short, slower] = targetChecks([fleet(590, 80)]);
    expect(short.met).toBe(false);
    expect(slower).toMatchObject({ figures: '80 ms; stock 70, hiveRouter 120', met: false });
  });

  test('cold is compared with every other gateway, and with the baseline when one is given', () => {
    const cold = (ours: number, oursSubgraphs: number): ResultLike => ({
      workload: 'cold',
      targets: {
        ours: summary(ours, 50, { ours: 3, district: 1, commune: oursSubgraphs - 1 }),
        stock: summary(100, 50, { stock: 3, district: 1, commune: 10 }),
      },
    });
    const withoutBaseline = targetChecks([cold(120, 11)]);
    expect(withoutBaseline).toHaveLength(1);
    expect(withoutBaseline[0]).toMatchObject({ figures: 'ours 120, stock 100', met: true });
    const [, cpu, goodput] = targetChecks([cold(120, 11)], [cold(30, 60)]);
    expect(cpu).toMatchObject({ figures: '60 → 11 ms (5.45×)', met: true });
    expect(goodput).toMatchObject({ figures: '30 → 120 req/s (4×)', met: false });
  });

  test('sector × month is checked only against a baseline, and the table says yes or no', () => {
    const hot = (cpu: number): ResultLike => ({
      workload: 'hot sectorMonth',
      targets: { ours: summary(100, 50, { ours: cpu }) },
    });
    expect(targetChecks([hot(5)])).toEqual([]);
    const checks = targetChecks([hot(5)], [hot(16)]);
    expect(checks).toEqual([
      { target: 'sector × month: gateway CPU per request halved', figures: '16 → 5 ms (3.2×)', met: true },
    ]);
    expect(targetTable(checks)).toBe(
      '| target | figures | met? |\n|---|---|---|\n| sector × month: gateway CPU per request halved | 16 → 5 ms (3.2×) | yes |',
    );
  });
});
