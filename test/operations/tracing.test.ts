import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SubgraphName } from '../../subgraphs/shared/config';
import { repoRoot } from '../../subgraphs/shared/paths';
import { tsEntryArgs } from '../support/tsEntry';

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

/** A minimal OTLP/HTTP receiver: POST /v1/traces with the JSON encoding the exporter sends. */
async function otlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') return void res.writeHead(404).end();
      for (const resourceSpans of JSON.parse(body).resourceSpans ?? []) {
        const attribute = (list: any[], key: string) => list.find((a) => a.key === key)?.value;
        const service = attribute(resourceSpans.resource.attributes, 'service.name')?.stringValue;
        for (const scope of resourceSpans.scopeSpans)
          for (const span of scope.spans)
            spans.push({
              service,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
              attributes: Object.fromEntries(
                (span.attributes ?? []).map((a: any) => [a.key, Object.values(a.value)[0]]),
              ),
            });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/traces`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The headline through every service with tracing on, in a process of its own (tracedHeadline.ts). */
function tracedHeadline(url: string, requestId: string): Promise<any> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      tsEntryArgs('test/support/tracedHeadline.ts', url, requestId),
      { cwd: repoRoot(), env: process.env },
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr)) : resolve(JSON.parse(stdout.trim().split('\n').pop()!)),
    ),
  );
}

describe('OpenTelemetry traces', () => {
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  beforeAll(async () => {
    receiver = await otlpReceiver();
  });
  afterAll(() => receiver?.close());

  test('one trace runs from the gateway request through each subgraph fetch and request to every SQL statement', async () => {
    const requestId = 'trace-test-0000001';
    const { errors, statements, fetches: fetched } = await tracedHeadline(receiver.url, requestId);
    expect(errors).toBeUndefined();
    expect(fetched).toEqual({ district: 1, commune: 2, reform: 1 });

    const root = receiver.spans.find(
      (s) => s.service === 'onestop-gateway' && s.attributes['onestop.request_id'] === requestId,
    )!;
    expect(root).toMatchObject({ name: 'POST /graphql', parentSpanId: undefined });
    const trace = receiver.spans.filter((s) => s.traceId === root.traceId);
    const byId = new Map(trace.map((s) => [s.spanId, s]));

    const fetches = trace.filter((s) => s.service === 'onestop-gateway' && s.name.startsWith('subgraph '));
    expect(fetches.every((s) => s.parentSpanId === root.spanId)).toBe(true);
    const count = (names: string[]) =>
      Object.fromEntries(['district', 'commune', 'reform'].map((n) => [n, names.filter((x) => x === n).length]));
    expect(count(fetches.map((s) => s.name.slice('subgraph '.length)))).toEqual({ district: 1, commune: 2, reform: 1 });

    for (const name of ['district', 'commune', 'reform'] as SubgraphName[]) {
      const spans = trace.filter((s) => s.service === `onestop-${name}`);
      // The subgraph continued the trace: each of its request spans is a child of one of the gateway's fetch spans to it.
      const requests = spans.filter((s) => s.name === 'POST /graphql');
      expect([name, requests.length]).toEqual([name, fetched[name]]);
      for (const request of requests) expect(byId.get(request.parentSpanId!)?.name).toBe(`subgraph ${name}`);
      // A span per SQL statement, each inside one of those requests.
      const sql = spans.filter((s) => s.name !== 'POST /graphql');
      expect([name, sql.length]).toEqual([name, statements[name]]);
      for (const statement of sql) {
        expect(requests.map((r) => r.spanId)).toContain(statement.parentSpanId);
        expect(statement.attributes['db.query.text']).toEqual(expect.any(String));
      }
    }
  });
});
