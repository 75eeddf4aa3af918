import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dueAt, percentiles } from '../../bench/latencies';
import { runPlan } from '../../bench/loadWorker';

describe('the open-loop load keeps its arrival rate whatever the server does', () => {
  test('request i is due at start + i / rate', () => {
    expect([0, 1, 2, 10].map((i) => dueAt(1000, 20, i))).toEqual([1000, 1050, 1100, 1500]);
  });

  test('percentiles are nearest-rank over every latency', () => {
    const latencies = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(percentiles(latencies)).toEqual({ p50: 500, p99: 990, p999: 999, max: 1000 });
  });

  test('a server that stalls does not slow the sending, and the stall is in the latency counted from when each request was due', async () => {
    let held: (() => void)[] = [];
    let release = false;
    const server = http.createServer((req, res) => {
      req.resume();
      const answer = () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"n":1}}');
      if (release) answer();
      else held.push(answer);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    // Nothing is answered for the first 500 ms of a 1 s run at 20 requests a second.
    setTimeout(() => {
      release = true;
      held.forEach((answer) => answer());
      held = [];
    }, 500);
    const outcome = await runPlan({
      url,
      bodies: ['{}'],
      order: [0],
      mode: { kind: 'open', rate: 20 },
      durationMs: 1000,
    });
    server.close();
    expect(outcome.sent).toBe(20);
    expect(outcome.good).toBe(20);
    // The first request was due at 0 and answered after the stall.
    expect(outcome.latency.max).toBeGreaterThanOrEqual(450);
    expect(outcome.answers[0].count).toBe(20);
  });
});
