import { HEADLINE_QUERY } from '../test/support/headlineQuery';
import { fetchOnce, type LoadResult, type LoadSettings } from './load';
import { startService, type Service } from './processes';
import { measureRotating, type RotatingTarget } from './rotatingLoad';
import { cpuMsOf } from './processCpu';
import { serverDelta, serverStatus } from './serverStatus';
import { readSubgraphCounters } from './subgraphCounters';

/**
 * The headline report for a 6-month window over the national data set (`npm run seed --
 * --scale national` with DB_PREFIX=<prefix>), through our gateway on MySQL, each request for
 * the next of every district in turn (rotatingLoad.ts), measured twice with the gateway's
 * response cache off: reading the rollups (the subgraphs' answer memo off too, so no answer is
 * served from memory), then as deployed (the memo on; every district was asked once before the
 * load, so this is its steady state between writes). Target: p50 under 50 ms.
 */
const WINDOW = { from: '2024-01-01', to: '2024-06-30' };

export interface NationalResult {
  prefix: string;
  window: string;
  districts: number;
  /** Every statistic read from the rollups. */
  result: LoadResult;
  /** The subgraphs' answer memo on, as deployed. */
  deployed: LoadResult;
  deployedCpuMsPerRequest: Record<string, number>;
  peakRssMiB: number | null;
  /** SQL statements the subgraphs ran per request. */
  statementsPerRequest: number;
  /** CPU ms per request of each process (the gateway, each subgraph, the database server when local). */
  cpuMsPerRequest: Record<string, number>;
  /** The database server over the run (global counters: everyone's reads on a shared server). */
  server: ReturnType<typeof serverDelta>;
}

export async function benchNational(prefix: string, settings: LoadSettings): Promise<NationalResult> {
  const rollups = await benchNationalWith(prefix, settings, 'off');
  const deployed = await benchNationalWith(prefix, settings, 'on');
  return { ...rollups, deployed: deployed.result, deployedCpuMsPerRequest: deployed.cpuMsPerRequest };
}

/** The three subgraphs on the national databases and our gateway over them, in stop order reversed. */
async function startNational(prefix: string, memo: 'on' | 'off', services: Service[]): Promise<Service> {
  const urls: Record<string, string> = {};
  for (const name of ['district', 'commune', 'reform']) {
    const svc = await startService(`national ${name}`, `subgraphs/${name}/index.js`, {
      DB_PREFIX: prefix,
      STATS_MEMO: memo,
      [`${name.toUpperCase()}_PORT`]: '0',
    });
    services.push(svc);
    urls[`${name.toUpperCase()}_URL`] = svc.url;
  }
  const gateway = await startService('national gateway', 'gateway/index.js', {
    GATEWAY_PORT: '0',
    PORT: '0',
    RATE_LIMIT_MAX: '1000000000',
    RESPONSE_CACHE: 'off',
    TRUSTED_OPERATIONS: 'off',
    ...urls,
  });
  services.push(gateway);
  return gateway;
}

/** The window shifted by `week` weeks, same length: more distinct bodies for a set with few districts. */
function windowOf(week: number): { from: string; to: string } {
  const shift = (day: string) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + week * 7 * 86_400_000).toISOString().slice(0, 10);
  return { from: shift(WINDOW.from), to: shift(WINDOW.to) };
}

/**
 * Each district's answer (over `weeks` windows, one a week later than the last), once, before the
 * load: the answer every request for it must get. Every body differs, so no two requests in
 * flight share a subgraph read.
 */
async function headlineRequests(url: string, minBodies: number) {
  const list = await fetchOnce({ url, body: JSON.stringify({ query: '{ districts { code } }' }) });
  const codes: string[] =
    list.status === 200 ? (JSON.parse(list.text).data?.districts ?? []).map((d: { code: string }) => d.code) : [];
  if (codes.length === 0) throw new Error(`national: no districts (HTTP ${list.status} ${list.text.slice(0, 400)})`);
  const weeks = Math.max(1, Math.ceil(minBodies / codes.length));
  const requests = [];
  for (const [code, week] of codes.flatMap((c) => Array.from({ length: weeks }, (_, w) => [c, w] as const))) {
    const body = JSON.stringify({ query: HEADLINE_QUERY, variables: { code, ...windowOf(week) } });
    const answer = await fetchOnce({ url, body });
    if (answer.status !== 200 || JSON.parse(answer.text).errors)
      throw new Error(`national headline for ${code}: HTTP ${answer.status} ${answer.text.slice(0, 400)}`);
    requests.push({ body, expectBody: answer.text });
  }
  return { districts: codes.length, weeks, requests };
}

/** CPU time so far of every process named, ms. */
function cpuNow(pids: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMsOf(pid) ?? NaN]));
}

/** The measured run, with what every process and the database server spent on it. */
async function measured(gateway: Service, services: Service[], target: RotatingTarget, settings: LoadSettings) {
  const metrics = services.filter((svc) => svc !== gateway).map((svc) => svc.metricsUrl!);
  const serverBefore = await serverStatus();
  const pids = Object.fromEntries(services.map((svc) => [svc.name.replace('national ', ''), svc.child.pid]));
  if (serverBefore?.pid) pids.database = serverBefore.pid;
  const [cpuBefore, before] = [cpuNow(pids), await readSubgraphCounters(metrics)];
  const result = await measureRotating(target, { ...settings, warmupSeconds: 0 });
  const [cpuAfter, after] = [cpuNow(pids), await readSubgraphCounters(metrics)];
  const perRequest = (v: number) => Math.round((v / Math.max(1, result.requests)) * 100) / 100;
  return {
    result,
    statementsPerRequest: Math.round(perRequest(after.statements - before.statements) * 10) / 10,
    cpuMsPerRequest: Object.fromEntries(Object.keys(pids).map((n) => [n, perRequest(cpuAfter[n] - cpuBefore[n])])),
    server: serverDelta(serverBefore, await serverStatus(), result.requests),
  };
}

export async function benchNationalWith(
  prefix: string,
  settings: LoadSettings,
  memo: 'on' | 'off',
  minBodies = 1,
): Promise<Omit<NationalResult, 'deployed' | 'deployedCpuMsPerRequest'>> {
  const services: Service[] = [];
  try {
    const gateway = await startNational(prefix, memo, services);
    const { districts, weeks, requests } = await headlineRequests(gateway.url, minBodies);
    const target = { url: gateway.url, requests };
    if (settings.warmupSeconds > 0)
      await measureRotating(target, { ...settings, durationSeconds: settings.warmupSeconds, warmupSeconds: 0 });
    const run = await measured(gateway, services, target, settings);
    const { result, statementsPerRequest } = run;
    console.log(
      `  national headline, memo ${memo}, ${requests.length} bodies (${weeks} window(s) a district) in turn, ${WINDOW.from}..${WINDOW.to}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${statementsPerRequest} statements/request, ${result.requests} requests, ${result.failures} failures`,
    );
    console.log(`    CPU ms/request ${JSON.stringify(run.cpuMsPerRequest)}; server ${JSON.stringify(run.server)}`);
    return { prefix, window: `${WINDOW.from}..${WINDOW.to}`, districts, ...run, peakRssMiB: gateway.peakRssMiB() };
  } finally {
    for (const svc of services.reverse()) await svc.stop();
  }
}
