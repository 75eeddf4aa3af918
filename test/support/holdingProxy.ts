import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A subgraph seen through a proxy that can hold answers back: a query is forwarded at once (its
 * answer is computed by the subgraph then), but while `holding` its answer is returned only on
 * `release()`. Mutations always pass. Lets a test keep a read in flight while a write lands.
 */
export interface HoldingProxy {
  url: string;
  holding: boolean;
  /** Queries received so far, and answers held back now. */
  readonly queries: number;
  readonly held: number;
  release(): void;
  close(): Promise<void>;
}

export async function holdingProxy(upstream: string): Promise<HoldingProxy> {
  const waiting: Array<() => void> = [];
  let queries = 0;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const isQuery = !/^\{"query":"mutation\b/.test(body);
    if (isQuery) queries++;
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)),
    ) as Record<string, string>;
    const answer = await fetch(upstream, {
      method: req.method,
      headers,
      body: req.method === 'GET' ? undefined : body,
    });
    const text = await answer.text();
    const send = () => {
      const cacheControl = answer.headers.get('cache-control');
      res.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json',
        ...(cacheControl ? { 'cache-control': cacheControl } : {}),
      });
      res.end(text);
    };
    if (isQuery && proxy.holding) waiting.push(send);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy: HoldingProxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    holding: false,
    get queries() {
      return queries;
    },
    get held() {
      return waiting.length;
    },
    release() {
      proxy.holding = false;
      for (const send of waiting.splice(0)) send();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return proxy;
}

/** Waits (a bounded number of short turns) until `done()`; returns whether it became true. */
export async function eventually(done: () => boolean, turns = 200, ms = 25): Promise<boolean> {
  for (let i = 0; i < turns && !done(); i++) await new Promise((resolve) => setTimeout(resolve, ms));
  return done();
}
