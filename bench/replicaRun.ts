import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../subgraphs/shared/paths';
import { runAsDeployed } from './asDeployed';
import { startStack, type BenchStack } from './benchStack';
import { communeCodes } from './communeCodes';
import { deskWrites } from './deskWrites';
import { startReplicationPair, type ReplicationPair } from './mariadbReplication';
import { killStarted } from './processes';
import { runWorkload, type WorkloadResult } from './runWorkload';
import { workloadOptions, workloadSettings } from './workloadFlags';
import { fleetWorkload } from './workloads';

/**
 * `npm run bench:replica`: workload 2 (the dashboard fleet, desks writing) on our gateway, once
 * with the subgraphs on a MariaDB primary only and once with DATABASE_REPLICA_URLS naming a
 * replica of it (both servers started here: bench/mariadbReplication.ts). Reports goodput,
 * latency, CPU per request of every process, statements per request, and where the SELECTs went
 * (Com_select on each server). On one machine the replica shares the CPU with the primary: the
 * point is that reads leave the primary, not a speed-up.
 */
const { values: flags } = parseArgs({
  strict: true,
  options: {
    ...workloadOptions({ duration: '6', rounds: '3', warmup: '2', open: '3', connections: '10', writes: '5' }),
    out: { type: 'string', default: path.join(repoRoot(), 'bench', 'results', 'replica.json') },
  },
});
const settings = workloadSettings(flags);

type Setup = 'primary only' | 'primary + replica';
interface PhaseResult {
  setup: Setup;
  result: WorkloadResult;
  /** SELECT statements each server ran during the workload, warm-up included (Com_select delta). */
  selects: { primary: number; replica: number };
  /** The replica's share of those SELECTs, in %. */
  replicaSharePercent: number;
}

let pair: ReplicationPair | undefined;
let stack: BenchStack | undefined;

const urlOf = (server: ReplicationPair['primary']) => `mysql://${server.username}@${server.host}:${server.port}`;
const comSelect = async (p: ReplicationPair, server: 'primary' | 'replica') =>
  Number((await p.run(p[server], "SHOW GLOBAL STATUS LIKE 'Com_select'"))[0].Value);

/** Waits until the replica has applied everything the primary has written (the seed, the desks' writes). */
async function replicaCaughtUp(p: ReplicationPair): Promise<void> {
  const [{ position }] = await p.run(p.primary, 'SELECT @@gtid_binlog_pos AS position');
  const [row] = await p.run(p.replica, `SELECT MASTER_GTID_WAIT('${position}', 20) AS waited`);
  if (Number(row.waited) === 0) return;
  const [status] = await p.run(p.replica, 'SHOW SLAVE STATUS');
  const { Slave_IO_Running, Slave_SQL_Running, Last_IO_Error, Last_SQL_Error, Gtid_IO_Pos } = status ?? {};
  throw new Error(
    `the replica did not reach ${position} within 20 s: ${JSON.stringify({ Slave_IO_Running, Slave_SQL_Running, Last_IO_Error, Last_SQL_Error, Gtid_IO_Pos })}`,
  );
}

async function runPhase(p: ReplicationPair, setup: Setup): Promise<PhaseResult> {
  const env: NodeJS.ProcessEnv = { DATABASE_URL: urlOf(p.primary), DB_PREFIX: 'bench' };
  if (setup === 'primary + replica') env.DATABASE_REPLICA_URLS = urlOf(p.replica);
  console.log(`${setup}: starting the subgraphs (the first start seeds Gia Lâm on the primary; the replica copies it)`);
  stack = await startStack(env, 'on', ['ours']);
  try {
    const codes = await communeCodes(stack);
    await replicaCaughtUp(p);
    const workload = fleetWorkload(codes, Number(flags.writes));
    const plan = await deskWrites(stack.writer.url, codes, Number(flags.writes));
    const before = { primary: await comSelect(p, 'primary'), replica: await comSelect(p, 'replica') };
    const result = await runWorkload(stack, workload, settings, plan);
    const selects = {
      primary: (await comSelect(p, 'primary')) - before.primary,
      replica: (await comSelect(p, 'replica')) - before.replica,
    };
    const total = selects.primary + selects.replica;
    return {
      setup,
      result,
      selects,
      replicaSharePercent: total ? Math.round((selects.replica / total) * 1000) / 10 : 0,
    };
  } finally {
    await stack.stop();
    stack = undefined;
  }
}

const num = (v: number) => (Number.isNaN(v) ? '–' : v >= 100 ? String(Math.round(v)) : String(Math.round(v * 10) / 10));

function table(phases: PhaseResult[]): string {
  const lines = [
    '| subgraphs read from | goodput req/s median (min–max) | closed p50 / p99 ms | open 80%: rate: p50 / p99 ms | CPU ms/req ours / district / commune / reform / writer | statements / req | SELECTs on primary / replica (share on replica) | failed |',
    `|${'---|'.repeat(8)}`,
  ];
  for (const { setup, result, selects, replicaSharePercent } of phases) {
    const t = result.targets.ours;
    const c = t.cpuMsPerRequest;
    const o = t.open['80%'];
    const failed = Object.values(t.failures).reduce((a, b) => a + b, 0) + t.writes.failed;
    lines.push(
      `| ${setup} | ${num(t.goodput.median)} (${num(t.goodput.min)}–${num(t.goodput.max)}) | ${num(t.p50Ms.median)} / ${num(t.p99Ms.median)} | ${o ? `${o.rate}/s: ${num(o.p50Ms)} / ${num(o.p99Ms)}` : '–'} | ${[c.ours, c.district, c.commune, c.reform, c.writer].map(num).join(' / ')} | ${num(t.statementsPerRequest)} | ${selects.primary} / ${selects.replica} (${replicaSharePercent} %) | ${failed} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (process.env.DATABASE_URL) console.log('bench:replica starts its own MariaDB pair; DATABASE_URL is not used');
  const started = Date.now();
  await runAsDeployed();
  pair = await startReplicationPair();
  const phases = [await runPhase(pair, 'primary only'), await runPhase(pair, 'primary + replica')];
  const output = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverage: os.loadavg() },
    settings,
    wallSeconds: Math.round((Date.now() - started) / 1000),
    phases,
    table: table(phases),
  };
  console.log(`\n${output.table}\n`);
  const outFile = path.resolve(flags.out);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(output, null, 2));
  console.log(`${output.wallSeconds} s; written to ${path.relative(process.cwd(), outFile)}`);
}

/** The subgraphs first (they hold connections to the servers), then the servers and their folders. */
async function cleanUp(): Promise<void> {
  await stack?.stop();
  killStarted();
  await pair?.stop();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

main()
  .then(cleanUp)
  .catch(async (error) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  });
