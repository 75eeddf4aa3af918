import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import { ConfigError, serviceHost } from '../../subgraphs/shared/config';
import { gatewaySettings } from '../../gateway/settings';
import { repoRoot } from '../../subgraphs/shared/paths';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tsEntryArgs } from '../support/tsEntry';
import { forgedToken, tokenFor, wrongAlgorithmToken } from '../support/tokens';

const QUERY = '{ district(code: "018") { name } }';
const codes = (body: any): string[] => (body.errors ?? []).map((e: any) => e.extensions?.code);
const LIMITED = { rateLimit: { max: 3, windowMs: 3_600_000 } };

describe('X-Forwarded-For behind TRUST_PROXY=1', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph({}, { settings: { ...LIMITED, trustProxy: 1 } });
  });
  afterAll(() => supergraph.stop());

  test('addresses a client writes itself do not give it new rate-limit buckets: the proxy-added one counts', async () => {
    const statuses = [];
    for (let i = 1; i <= 4; i++) {
      // The client sent "X-Forwarded-For: 10.0.0.<i>"; the one proxy appended the address it saw.
      const headers = { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.7` };
      statuses.push((await supergraph.queryGateway(QUERY, {}, { headers })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const other = await supergraph.queryGateway(QUERY, {}, { headers: { 'x-forwarded-for': '10.0.0.1, 203.0.113.8' } });
    expect(other.status).toBe(200);
  });

  test('TRUST_PROXY is a number of hops; true still means one', () => {
    expect(gatewaySettings({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(gatewaySettings({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(gatewaySettings({}).trustProxy).toBe(0);
    expect(() => gatewaySettings({ TRUST_PROXY: 'some' })).toThrow(/TRUST_PROXY must be a number of proxy hops/);
  });
});

describe('rejected tokens', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph({}, { settings: LIMITED });
  });
  afterAll(() => supergraph.stop());

  test('a token signed with an algorithm of the wrong key type is 401 UNAUTHENTICATED, not 503', async () => {
    const { status, body } = await supergraph.queryGateway(QUERY, {}, { token: await wrongAlgorithmToken('admin') });
    expect([status, codes(body)]).toEqual([401, ['UNAUTHENTICATED']]);
  });

  test('count towards the rate limit: a flood of bad tokens gets 429', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await supergraph.queryGateway(QUERY, {}, { token: await forgedToken('admin') })).status);
    // The wrong-algorithm token above was the first of this address's three.
    expect(statuses).toEqual([401, 401, 429]);
    const refused = await supergraph.queryGateway(QUERY, {}, { token: await forgedToken('admin') });
    expect([refused.status, codes(refused.body)]).toEqual([429, ['RATE_LIMITED']]);
  });
});

describe('GET /ready', () => {
  let supergraph: RunningSupergraph;
  const ready = (token?: string) =>
    supergraph.request({ method: 'GET', path: '/ready', headers: token ? { authorization: `Bearer ${token}` } : {} });
  beforeAll(async () => {
    supergraph = await startSupergraph({}, { settings: { rateLimit: { max: 6, windowMs: 3_600_000 } } });
  });
  afterAll(() => supergraph.stop());

  test('tells anyone but an operator only ready or not, probes the subgraphs once for many requests, and is rate limited', async () => {
    const probes = jest.spyOn(supergraph.apps.reform, 'ready');
    const anonymous = await ready();
    expect([anonymous.status, JSON.parse(anonymous.text)]).toEqual([200, { status: 'ready' }]);
    const integrator = await ready(await tokenFor('integrator'));
    expect(JSON.parse(integrator.text)).toEqual({ status: 'ready' });
    const admin = await ready(await tokenFor('admin'));
    expect(JSON.parse(admin.text)).toEqual({
      status: 'ready',
      subgraphs: { district: 'up', commune: 'up', reform: 'up' },
      rateLimit: 'in memory',
    });
    expect(probes).toHaveBeenCalledTimes(1);
    // Anonymous requests count against their one address (the tokens above against their
    // subjects): one so far, five more reach the limit of six, the next is refused.
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await ready()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(probes).toHaveBeenCalledTimes(1);
  });
});

describe('suggestions in production', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph.stop());

  test.each([
    [
      'an enum literal',
      '{ reformPlan(districtCode: "018", year: 2021) { periodReport(period: ANNUALL) { from } } }',
      {},
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an enum variable',
      'query($p: ReportingPeriod!) { reformPlan(districtCode: "018", year: 2021) { periodReport(period: $p) { from } } }',
      { p: 'ANNUALL' },
      'BAD_USER_INPUT',
    ],
    ['a field', '{ reformPlan(districtCode: "018", year: 2021) { titl } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s misspelt is refused without "Did you mean"', async (_what, query, variables, code) => {
    const { body } = await supergraph.queryGateway(query, variables);
    expect(codes(body)).toEqual([code]);
    expect(body.errors![0].message).toMatch(/ANNUALL|titl/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|"ANNUAL"|"title"/);
  });
});

describe('where services listen', () => {
  /** Starts the gateway entry point as a process; resolves with its first output line or exit. */
  function startGateway(
    env: NodeJS.ProcessEnv,
  ): Promise<{ child: ReturnType<typeof spawn>; output: string; code: number | null }> {
    const child = spawn(process.execPath, tsEntryArgs('gateway/index.ts'), {
      env: { PATH: process.env.PATH, GATEWAY_PORT: '0', ...env },
      cwd: repoRoot(),
    });
    let output = '';
    return new Promise((resolve) => {
      const collect = (chunk: Buffer) => {
        output += chunk;
        if (output.includes('ready at')) resolve({ child, output, code: null });
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('exit', (code) => resolve({ child, output, code }));
    });
  }
  const connects = (host: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port }, () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });

  test('the gateway listens on 127.0.0.1 unless HOST says otherwise', async () => {
    const { child, output } = await startGateway({ NODE_ENV: 'development' });
    try {
      expect(output).toMatch(/gateway ready at http:\/\/localhost:\d+\/graphql \(listening on 127\.0\.0\.1\)/);
      const port = Number(/localhost:(\d+)/.exec(output)![1]);
      expect(await connects('127.0.0.1', port)).toBe(true);
      const external = Object.values(os.networkInterfaces())
        .flat()
        .find((a) => a && a.family === 'IPv4' && !a.internal);
      if (external) expect(await connects(external.address, port)).toBe(false);
    } finally {
      child.kill('SIGTERM');
    }
  });

  test('development defaults on the network need NODE_ENV=development on purpose; an unknown NODE_ENV is refused', async () => {
    const exposed = await startGateway({ HOST: '0.0.0.0' });
    expect(exposed.code).toBe(1);
    expect(exposed.output).toMatch(/HOST=0\.0\.0\.0 with NODE_ENV unset would serve development defaults/);
    const staging = await startGateway({ NODE_ENV: 'staging' });
    expect(staging.code).toBe(1);
    expect(staging.output).toMatch(/NODE_ENV must be production, development or test, got "staging"/);
    expect(serviceHost({})).toBe('127.0.0.1');
    expect(serviceHost({ NODE_ENV: 'development', HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(() => gatewaySettings({ NODE_ENV: 'prod' })).toThrow(ConfigError);
  });
});
