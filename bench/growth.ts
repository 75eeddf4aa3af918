import { readFlagsOrExit } from './commandFlags';
import { runAsDeployed } from './asDeployed';
import { benchNationalWith } from './national';

/**
 * `npm run bench:growth -- --prefixes growth1,growth10[,growth100]` (MySQL/MariaDB, DATABASE_URL):
 * the national headline load (bench/national.ts: every district of the set in turn, gateway
 * cache and subgraph memo off, so every request reads the rollups) on data sets of 1×, 10× and
 * 100× Gia Lâm, seeded with the national generator (README "Performance", Growth). Prints
 * statements per request (flat when the statistics read only their own unit's rows) and latency.
 */
const USAGE =
  'usage: npm run bench:growth [-- --prefixes growth1,growth10[,growth100] --duration s --warmup s --connections n]';

const values = readFlagsOrExit(
  {
    prefixes: { type: 'string', default: 'growth1,growth10' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
  },
  USAGE,
);

const round = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : String(Math.round(v * 10) / 10));

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('bench:growth reads data sets on MySQL/MariaDB: set DATABASE_URL');
  await runAsDeployed();
  const settings = {
    connections: Number(values.connections),
    durationSeconds: Number(values.duration),
    warmupSeconds: Number(values.warmup),
  };
  const rows = [
    '| data set | districts | req/s | p50 ms | p99 ms | statements / request | CPU ms/req gateway / subgraphs / database | buffer pool hit % (disk reads / req) | failures |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const prefix of values.prefixes.split(',').filter(Boolean)) {
    // At least 200 distinct bodies (windows a week apart), so one district's set shares no reads either.
    const r = await benchNationalWith(prefix, settings, 'off', 200);
    const { requestsPerSecond, p50Ms, p99Ms, failures } = r.result;
    const c = r.cpuMsPerRequest;
    const cpu = [c.gateway, (c.district ?? 0) + (c.commune ?? 0) + (c.reform ?? 0), c.database].map(round).join(' / ');
    const pool = r.server ? `${r.server.bufferPoolHitPercent} (${r.server.diskReadsPerRequest})` : '–';
    rows.push(
      `| ${prefix} | ${r.districts} | ${requestsPerSecond} | ${p50Ms} | ${p99Ms} | ${r.statementsPerRequest} | ${cpu} | ${pool} | ${failures} |`,
    );
  }
  console.log(`\n${rows.join('\n')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
