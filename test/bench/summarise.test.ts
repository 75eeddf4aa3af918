import type { RunSample } from '../../bench/measureRun';
import { summarise } from '../../bench/summarise';

function sample(target: RunSample['target'], answers: Record<number, [string, number]>, good: number): RunSample {
  return {
    target,
    round: 0,
    mode: 'closed 10',
    outcome: {
      durationMs: 1000,
      sent: good + 1,
      good,
      failures: { 'HTTP 502': 1 },
      latency: { p50: 1, p99: 2, p999: 3, max: 4 },
      answers: Object.fromEntries(Object.entries(answers).map(([i, [hash, count]]) => [i, { hash, count }])),
      writes: { ok: 0, failed: 0 },
      cpuMs: 0,
    },
    goodput: good,
    cpuMsPerRequest: { ours: 1, stock: 2 },
    exchangesPerRequest: 1,
    statementsPerRequest: 2,
  };
}

describe('goodput excludes failed and wrong answers', () => {
  test("an answer other than ours to the same body is wrong: listed, and not counted in the other gateway's goodput", () => {
    const bodies = ['{"variables":{"w":0}}', '{"variables":{"w":1}}', '{"variables":{"w":2}}'];
    const summary = summarise(
      [
        sample('ours', { 0: ['a', 5], 1: ['b', 5] }, 10),
        sample('stock', { 0: ['a', 4], 1: ['x', 3], 2: ['c', 3] }, 10),
      ],
      bodies,
    );
    expect(summary.ours.goodput.median).toBe(10);
    expect(summary.ours.wrong.answers).toBe(0);
    // Body 1 differs from ours (3 answers); body 2 ours never asked, so it cannot be judged.
    expect(summary.stock.goodput.median).toBe(7);
    expect(summary.stock.wrong).toEqual({ answers: 3, distinctRequests: 1, examples: ['{"w":1}'] });
    expect(summary.stock.failures).toEqual({ 'HTTP 502': 1 });
  });
});
