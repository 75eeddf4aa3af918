import net from 'node:net';
import { HEADLINE_QUERY } from '../support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';

/** A fresh answer, not the response cache's: these tests are about what the subgraphs do. */
const FRESH = { headers: { 'cache-control': 'no-cache' } };
const codeOf = (body: any) => body.errors?.map((e: any) => [e.extensions?.code, e.extensions?.serviceName]);
/** /ready as an operator (an admin token) sees it: which part is down. */
const readyOf = async (url: string) => {
  const response = await fetch(url.replace(/graphql$/, 'ready'), {
    headers: { authorization: `Bearer ${await tokenFor('admin')}` },
  });
  return [response.status, await response.json()];
};

describe('one subgraph down', () => {
  let supergraph: RunningSupergraph;
  let fullAnswer: any;
  beforeAll(async () => {
    // Every /ready probes afresh, so the one right after the kill sees it.
    supergraph = await startSupergraph({}, { settings: { readyCacheMs: 0 } });
    fullAnswer = (await supergraph.queryGateway(HEADLINE_QUERY)).body;
  });
  afterAll(() => supergraph.stop());

  test('with everything up, the headline has no errors and /ready says every part is up', async () => {
    expect(fullAnswer.errors).toBeUndefined();
    expect(await readyOf(supergraph.gatewayUrl)).toEqual([
      200,
      { status: 'ready', subgraphs: { district: 'up', commune: 'up', reform: 'up' }, rateLimit: 'in memory' },
    ]);
  });

  test('commune killed mid-run: the district and reform figures still come, with one error naming commune', async () => {
    await supergraph.killSubgraph('commune');
    const { status, body } = await supergraph.queryGateway(HEADLINE_QUERY, undefined, FRESH);
    expect(status).toBe(200);
    const district = body.data.district;
    expect(district.name).toBe(fullAnswer.data.district.name);
    expect(district.report.districtLevel).toEqual(fullAnswer.data.district.report.districtLevel);
    expect(district.reformPlan).toEqual(fullAnswer.data.district.reformPlan);
    expect([district.communes, district.report.communeLevel, district.report.byCommune, district.report.total]).toEqual(
      [null, null, null, null],
    );
    expect(new Set(codeOf(body).map(JSON.stringify))).toEqual(
      new Set([JSON.stringify(['SERVICE_UNAVAILABLE', 'commune'])]),
    );
    expect(await readyOf(supergraph.gatewayUrl)).toEqual([
      503,
      { status: 'not ready', subgraphs: { district: 'up', commune: 'down', reform: 'up' }, rateLimit: 'in memory' },
    ]);
    expect((await fetch(supergraph.gatewayUrl.replace(/graphql$/, 'health'))).status).toBe(200);
  });

  test('once commune is back, the full answer returns without restarting anything', async () => {
    await supergraph.reviveSubgraph('commune');
    expect((await supergraph.queryGateway(HEADLINE_QUERY)).body).toEqual(fullAnswer);
  });
});

describe('a subgraph that hangs', () => {
  let supergraph: RunningSupergraph;
  let hung: net.Server;
  let stall = false;
  const held: net.Socket[] = [];
  beforeAll(async () => {
    supergraph = await startSupergraph({}, { settings: { subgraphTimeoutMs: 300 } });
    const port = Number(new URL(supergraph.subgraphUrls.reform).port);
    await supergraph.killSubgraph('reform');
    // Accepts connections on reform's port and never answers, or (stall) sends the head and
    // the body's first byte, then nothing more.
    hung = net.createServer((socket) => {
      held.push(socket);
      socket.on('data', () => {
        if (stall) socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{');
      });
    });
    await new Promise<void>((resolve) => hung.listen(port, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => hung.close(resolve));
    await supergraph.stop();
  });

  test.each([
    ['never answers', false],
    ['stops in the middle of its body', true],
  ])(
    'one that %s is given up after SUBGRAPH_TIMEOUT_MS: the rest of the answer comes, with an error naming it',
    async (_, stalls) => {
      stall = stalls;
      const { status, body } = await supergraph.queryGateway(
        '{ district(code: "018") { name reformPlan(year: 2021) { taskCount } } }',
      );
      expect([status, body.data, codeOf(body)]).toEqual([
        200,
        { district: { name: 'Huyện Gia Lâm', reformPlan: null } },
        [['SERVICE_UNAVAILABLE', 'reform']],
      ]);
    },
  );
});

describe('graceful shutdown', () => {
  test('a request in flight when the gateway is told to stop gets its full answer; later ones are refused', async () => {
    const supergraph = await startSupergraph();
    try {
      const expected = (await supergraph.queryGateway(HEADLINE_QUERY)).body;
      supergraph.resetCounters();
      const inFlight = supergraph.queryGateway(HEADLINE_QUERY, undefined, FRESH);
      // Stop once the gateway is working on it (it has started asking subgraphs).
      while (Object.keys(supergraph.fetches).length === 0) await new Promise((resolve) => setImmediate(resolve));
      const closing = supergraph.closeGateway();
      const { status, body } = await inFlight;
      await closing;
      expect([status, body]).toEqual([200, expected]);
      await expect(fetch(supergraph.gatewayUrl, { method: 'POST' })).rejects.toThrow();
    } finally {
      await supergraph.stop();
    }
  });
});
