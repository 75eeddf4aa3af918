import { readFlagsOrExit } from './commandFlags';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../subgraphs/shared/paths';
import { runAsDeployed } from './asDeployed';
import { DEFAULT_GATEWAYS, GATEWAYS, startStack } from './benchStack';
import { benchTable } from './benchTable';
import { deskWrites } from './deskWrites';
import { communeCodes } from './communeCodes';
import { runWorkload } from './runWorkload';
import { targetChecks, targetTable, type ResultLike } from './targetChecks';
import { workloadOptions, workloadSettings } from './workloadFlags';
import { coldWorkload, fleetWorkload, hotWorkload, type Workload } from './workloads';

/**
 * `npm run bench`: the workloads of issue 17 on four gateways over the same subgraph processes
 * and supergraph (bench/benchStack.ts): one hot query, a dashboard fleet with desks writing, and
 * cold requests with the subgraphs' memo off; interleaved rounds, open-loop latency at 50 % and
 * 80 % of each gateway's capacity, CPU per request of every process, subgraph exchanges and
 * statements per request, peak memory. Writes one JSON file and prints one markdown table.
 * Databases: DATA_DIR data/bench (SQLite) or DATABASE_URL + DB_PREFIX bench (MySQL).
 */
const USAGE =
  'usage: npm run bench [-- --duration s --rounds n --warmup s --open s --connections n --writes n/s --workloads hot,sectorMonth,fleet,cold --gateways ours,stock,hive,hiveRouter[,oursDeployed] --baseline earlier-result.json --out file]';

const flags = readFlagsOrExit(
  {
    ...workloadOptions({ duration: '5', rounds: '5', warmup: '2', open: '4', connections: '10', writes: '5' }),
    workloads: { type: 'string', default: 'hot,sectorMonth,fleet,cold' },
    gateways: { type: 'string', default: DEFAULT_GATEWAYS.join(',') },
    out: { type: 'string', default: path.join(repoRoot(), 'bench', 'results', 'latest.json') },
    // A result file of this bench run earlier on the code before a change: the before/after targets.
    baseline: { type: 'string' },
  },
  USAGE,
);
const settings = workloadSettings(flags);
const chosen = flags.workloads.split(',').filter(Boolean);
// Our gateway always runs: the others' answers are checked against its.
const targets = GATEWAYS.filter((name) => name === 'ours' || flags.gateways.split(',').includes(name));
const databaseEnv: NodeJS.ProcessEnv = process.env.DATABASE_URL
  ? { DB_PREFIX: process.env.DB_PREFIX || 'bench' }
  : { DATA_DIR: process.env.DATA_DIR || path.join(repoRoot(), 'data', 'bench') };

async function runPhase(memo: 'on' | 'off', workloads: (codes: string[]) => Workload[], writes: number) {
  // Cold asks every body once per gateway and run, but the runs come back to the same bodies:
  // a gateway that keeps answers (oursDeployed) would answer them from its cache, not cold.
  const stack = await startStack(
    databaseEnv,
    memo,
    memo === 'off' ? targets.filter((name) => name !== 'oursDeployed') : targets,
  );
  try {
    const codes = await communeCodes(stack);
    const results = [];
    for (const workload of workloads(codes)) {
      console.log(`${workload.name}: ${workload.measures}`);
      const plan = workload.writesPerSecond > 0 ? await deskWrites(stack.writer.url, codes, writes) : undefined;
      const result = await runWorkload(stack, workload, settings, plan);
      const peakMiB = Object.fromEntries(stack.all().map((svc) => [svc.name, svc.peakRssMiB()]));
      results.push({ ...result, peakMiB });
    }
    return results;
  } finally {
    await stack.stop();
  }
}

function readBaseline(file: string): ResultLike[] {
  const workloads = JSON.parse(readFileSync(file, 'utf8')).workloads;
  if (!Array.isArray(workloads)) throw new Error(`${file} is not a result file of npm run bench`);
  return workloads;
}

function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg(),
    node: process.version,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  await runAsDeployed();
  const warm = (codes: string[]) =>
    [
      chosen.includes('hot') ? hotWorkload('headline') : null,
      chosen.includes('sectorMonth') ? hotWorkload('sectorMonth') : null,
      chosen.includes('fleet') ? fleetWorkload(codes, Number(flags.writes)) : null,
    ].filter((w): w is Workload => w !== null);
  const results = await runPhase('on', warm, Number(flags.writes));
  if (chosen.includes('cold')) results.push(...(await runPhase('off', () => [coldWorkload()], 0)));
  const table = benchTable(results);
  const checks = targetChecks(results, flags.baseline ? readBaseline(flags.baseline) : undefined);
  const output = {
    at: new Date().toISOString(),
    machine: machine(),
    database: process.env.DATABASE_URL ? 'mysql' : 'sqlite',
    settings,
    wallSeconds: Math.round((Date.now() - started) / 1000),
    workloads: results,
    table,
    baseline: flags.baseline ? path.resolve(flags.baseline) : null,
    targets: checks,
  };
  console.log(`\n${table}\n\n${targetTable(checks)}\n`);
  const outFile = path.resolve(flags.out);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(output, null, 2));
  console.log(`${output.wallSeconds} s; written to ${path.relative(process.cwd(), outFile)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
