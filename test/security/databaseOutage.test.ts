import net from 'node:net';
import type { DatabaseConfig } from '../../subgraphs/shared/config';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { onMysql, testDatabase } from '../support/testDatabases';
import { tokenFor } from '../support/tokens';

/**
 * A TCP relay between the district subgraph and MariaDB that the test can cut and restore,
 * as a network fault or a database restart does, without touching the shared server.
 */
function cuttableRelay(target: { host: string; port: number }) {
  let open = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(a);
      a.pipe(b);
      a.on('error', () => b.destroy());
      a.on('close', () => {
        sockets.delete(a);
        b.destroy();
      });
    }
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
      ),
    cut() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      open = true;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const QUERY =
  '{ district(code: "018") { name report(from: "2021-01-01", to: "2021-01-31") { districtLevel { dossiers { received } } } } }';

(onMysql() ? describe : describe.skip)('the MariaDB connection cut and restored', () => {
  let supergraph: RunningSupergraph;
  let relay: ReturnType<typeof cuttableRelay>;
  beforeAll(async () => {
    const database = testDatabase('district') as Extract<DatabaseConfig, { kind: 'mysql' }>;
    relay = cuttableRelay(database);
    const port = await relay.listen();
    supergraph = await startSupergraph({ district: { ...database, host: '127.0.0.1', port } });
  });
  afterAll(async () => {
    relay.restore();
    await supergraph.stop();
    await relay.close();
  });

  test('gives SERVICE_UNAVAILABLE while cut, then correct answers again without a restart', async () => {
    const before = await supergraph.queryGateway(QUERY);
    expect(before.body.errors).toBeUndefined();

    relay.cut();
    // A fresh answer, not the response cache's: this test is about the database going away.
    const fresh = { headers: { 'cache-control': 'no-cache' } };
    const during = await supergraph.queryGateway(QUERY, undefined, fresh);
    expect([
      during.status,
      during.body.data,
      during.body.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName]),
    ]).toEqual([200, { district: null }, [['SERVICE_UNAVAILABLE', 'district']]]);
    // Which part is down is for an operator (an admin token) to read.
    const ready = await fetch(supergraph.gatewayUrl.replace(/graphql$/, 'ready'), {
      headers: { authorization: `Bearer ${await tokenFor('admin')}` },
    });
    expect([ready.status, ((await ready.json()) as any).subgraphs.district]).toEqual([503, 'down']);

    relay.restore();
    const after = await supergraph.queryGateway(QUERY, undefined, fresh);
    expect(after.body).toEqual(before.body);
  });
});
