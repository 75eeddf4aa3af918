import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Constant-data stand-ins for the three subgraphs (same SDL: they answer exactly what the real
 * subgraph answered to the same request), so a gateway over them costs the gateway alone: the
 * ceiling. Each distinct request body is forwarded once to the real subgraph (during warm-up) and
 * its answer is kept; after that every answer comes from memory, with no GraphQL work and no
 * database. Served on one port under /<subgraph>/graphql.
 * Env: STUB_OF_DISTRICT, STUB_OF_COMMUNE, STUB_OF_REFORM (the real subgraphs' URLs).
 */
const targets: Record<string, string | undefined> = {
  district: process.env.STUB_OF_DISTRICT,
  commune: process.env.STUB_OF_COMMUNE,
  reform: process.env.STUB_OF_REFORM,
};
const answers = new Map<string, { status: number; body: string }>();
let forwarded = 0;

async function forward(url: string, req: http.IncomingMessage, body: string) {
  forwarded++;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of ['x-onestop-identity', 'apollo-require-preflight']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}

const server = http.createServer((req, res) => {
  const name = (req.url ?? '').split('/')[1];
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    if (req.url === '/stats') {
      res.end(JSON.stringify({ answers: answers.size, forwarded }));
      return;
    }
    const target = targets[name];
    if (!target) {
      res.writeHead(404).end();
      return;
    }
    const body = Buffer.concat(chunks).toString();
    const key = `${name}\u0000${body}`;
    let answer = answers.get(key);
    if (!answer) {
      try {
        answer = await forward(target, req, body);
        if (answer.status === 200) answers.set(key, answer);
      } catch (error) {
        answer = { status: 502, body: JSON.stringify({ errors: [{ message: String(error) }] }) };
      }
    }
    res.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(answer.body),
    });
    res.end(answer.body);
  });
});

server.listen(0, '127.0.0.1', () => {
  console.log(`stub subgraphs ready at http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
process.once('SIGTERM', () => process.exit(0));
