import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { repoRoot } from '../subgraphs/shared/paths';
import { runAsDeployed } from './asDeployed';
import { startStack, type BenchStack } from './benchStack';
import { communeCodes } from './communeCodes';
import { deskWrites } from './deskWrites';
import { startReplicationPair, type ReplicationPair } from './mariadbReplication';
import { killStarted } from './processes';
import { runInterleaved, type InterleavedResult, type Setup, type SetupUnderTest } from './replicaRounds';
import type { TargetSummary } from './summarise';
import { workloadOptions, workloadSettings } from './workloadFlags';
import { fleetWorkload } from './workloads';

/**
 * `npm run bench:replica`: workload 2 (the dashboard fleet, desks writing) on our gateway with
 * the subgraphs on a MariaDB primary only, and with DATABASE_REPLICA_URLS naming a replica of it
 * (both servers started here: bench/mariadbReplication.ts). Both setups are up together and
 * measured in interleaved rounds (bench/replicaRounds.ts): medians with their spread of goodput,
 * latency, CPU per request of every process, statements per request, and where the SELECTs went
 * (Com_select on each server over the measured runs). On one machine the replica shares the CPU
 * with the primary: the point is that reads leave the primary, not a speed-up.
 */
const { values: flags } = parseArgs({
  strict: true,
  options: {
    ...workloadOptions({ duration: '5', rounds: '5', warmup: '2', open: '3', connections: '10', writes: '5' }),
    out: { type: 'string', default: path.join(repoRoot(), 'bench', 'results', 'replica.json') },
  },
});
const settings = workloadSettings(flags);

let pair: ReplicationPair | undefined;
const stacks: BenchStack[] = [];

const urlOf = (server: ReplicationPair['primary']) => `mysql://${server.username}@${server.host}:${server.port}`;
const comSelect = async (p: ReplicationPair, server: 'primary' | 'replica') =>
  Number((await p.run(p[server], "SHOW GLOBAL STATUS LIKE 'Com_select'"))[0].Value);

/**
 * Waits until the replica has applied everything the primary has written (the seed, the desks'
 * writes): up to 10 minutes, as a busy machine's replica can take minutes to apply the seed, but
 * failing at once if replication stopped.
 */
async function replicaCaughtUp(p: ReplicationPair): Promise<void> {
  const [{ position }] = await p.run(p.primary, 'SELECT @@gtid_binlog_pos AS position');
  for (let waited = 0; waited < 600; waited += 10) {
    const [row] = await p.run(p.replica, `SELECT MASTER_GTID_WAIT('${position}', 10) AS waited`);
    if (Number(row.waited) === 0) return;
    const [status] = await p.run(p.replica, 'SHOW SLAVE STATUS');
    const { Slave_IO_Running, Slave_SQL_Running, Last_IO_Error, Last_SQL_Error, Gtid_IO_Pos } = status ?? {};
    const state = JSON.stringify({ Slave_IO_Running, Slave_SQL_Running, Last_IO_Error, Last_SQL_Error, Gtid_IO_Pos });
    if (Slave_IO_Running !== 'Yes' || Slave_SQL_Running !== 'Yes')
      throw new Error(`replication stopped before ${position}: ${state}`);
    console.log(`  the replica is applying the primary's writes (up to ${position}): ${state}`);
  }
  throw new Error(`the replica did not reach ${position} within 600 s`);
}

/**
 * Seeds Gia Lâm on the primary with the seed command (it has no start-up time limit, where a
 * subgraph seeding on its first start must be ready within the bench's 120 s, which a busy
 * machine can miss); the replica copies it.
 */
async function seedPrimary(p: ReplicationPair): Promise<void> {
  const started = Date.now();
  await promisify(execFile)(process.execPath, [path.resolve(__dirname, '..', 'tools', 'seed.js')], {
    env: { ...process.env, DATABASE_URL: urlOf(p.primary), DB_PREFIX: 'bench' },
  });
  console.log(`primary seeded in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** One setup's subgraphs, our gateway and a writer. */
async function startSetup(p: ReplicationPair, setup: Setup): Promise<SetupUnderTest> {
  const env: NodeJS.ProcessEnv = { DATABASE_URL: urlOf(p.primary), DB_PREFIX: 'bench' };
  if (setup === 'primary + replica') env.DATABASE_REPLICA_URLS = urlOf(p.replica);
  // The subgraphs give a replica one minute to catch up when they start (database.ts): wait here first.
  await replicaCaughtUp(p);
  console.log(`${setup}: starting the subgraphs`);
  const stack = await startStack(env, 'on', ['ours']);
  stacks.push(stack);
  const codes = await communeCodes(stack);
  return { setup, stack, writes: await deskWrites(stack.writer.url, codes, Number(flags.writes)) };
}

const num = (v: number) => (Number.isNaN(v) ? '–' : v >= 100 ? String(Math.round(v)) : String(Math.round(v * 10) / 10));

function table({ setups }: InterleavedResult): string {
  const lines = [
    '| subgraphs read from | goodput req/s median (min–max) | closed p50 / p99 ms median (min–max) | open 50%: rate: p50 / p99 ms | open 80% | CPU ms/req ours / district / commune / reform / writer | statements / req | SELECTs on primary / replica (share on replica) | failed |',
    `|${'---|'.repeat(9)}`,
  ];
  const range = (s: { median: number; min: number; max: number }) => `${num(s.median)} (${num(s.min)}–${num(s.max)})`;
  const open = (o: TargetSummary['open'][string] | undefined) =>
    o ? `${o.rate}/s: ${num(o.p50Ms)} / ${num(o.p99Ms)}` : '–';
  for (const { setup, summary: t, selects, replicaSharePercent } of setups) {
    const c = t.cpuMsPerRequest;
    const failed = Object.values(t.failures).reduce((a, b) => a + b, 0) + t.writes.failed + t.wrong.answers;
    lines.push(
      `| ${setup} | ${range(t.goodput)} | ${range(t.p50Ms)} / ${range(t.p99Ms)} | ${open(t.open['50%'])} | ${open(t.open['80%'])} | ${[c.ours, c.district, c.commune, c.reform, c.writer].map(num).join(' / ')} | ${num(t.statementsPerRequest)} | ${selects.primary} / ${selects.replica} (${replicaSharePercent} %) | ${failed} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (process.env.DATABASE_URL) console.log('bench:replica starts its own MariaDB pair; DATABASE_URL is not used');
  const started = Date.now();
  await runAsDeployed();
  pair = await startReplicationPair();
  const p = pair;
  await seedPrimary(p);
  const setups = [await startSetup(p, 'primary only'), await startSetup(p, 'primary + replica')];
  const workload = fleetWorkload(await communeCodes(setups[0].stack), Number(flags.writes));
  const comSelects = async () => ({ primary: await comSelect(p, 'primary'), replica: await comSelect(p, 'replica') });
  const result = await runInterleaved(setups, workload, settings, comSelects);
  const output = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverage: os.loadavg() },
    settings,
    wallSeconds: Math.round((Date.now() - started) / 1000),
    ...result,
    table: table(result),
  };
  console.log(`\n${output.table}\n`);
  console.log(`answers that differ between the setups: ${result.answersDiffer}`);
  const outFile = path.resolve(flags.out);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(output, null, 2));
  console.log(`${output.wallSeconds} s; written to ${path.relative(process.cwd(), outFile)}`);
}

/** The subgraphs first (they hold connections to the servers), then the servers and their folders. */
async function cleanUp(): Promise<void> {
  for (const stack of stacks.splice(0).reverse()) await stack.stop();
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
