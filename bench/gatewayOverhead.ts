import { readFlagsOrExit } from './commandFlags';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ANONYMOUS } from '../subgraphs/shared/auth/identity';
import { IDENTITY_HEADER, signForwardedIdentity } from '../subgraphs/shared/auth/forwardedIdentity';
import { repoRoot } from '../subgraphs/shared/paths';
import { fetchOnce, measure, type LoadResult, type LoadSettings, type Target } from './load';
import { startService, type Service } from './processes';
import { runAsDeployed } from './asDeployed';
import { timeToFirstFigures } from './firstFigures';
import { benchNational } from './national';
import { BENCH_QUERIES, type BenchQuery } from './queries';
import { printReport, ratiosOf, type QueryReport } from './report';
import { startOtlpSink } from './otlpSink';

/**
 * `npm run bench:overhead` (what `npm run bench` was before issue 17): the same load, in the same run, on (a) our gateway over the real subgraphs,
 * (b) Hive Gateway over the same subgraphs and supergraph, (c) the subgraph itself when a query
 * touches one, (d) our gateway over constant-data stubs (the ceiling), and (e) our gateway with its
 * response cache on (cached; the others run with it off), and (f) on the headline, our gateway and
 * subgraphs of their own with tracing on, exporting every span to an OTLP sink (traced; ours has
 * it off; both serve metrics and log each request). Flags: --duration s, --warmup s, --connections n, --out file,
 * --only name[,name], --national <DB_PREFIX of a national data set> (MySQL). Databases: DATA_DIR data/bench (SQLite) or DB_PREFIX bench (MySQL).
 */
const USAGE =
  'usage: npm run bench:overhead [-- --duration s --warmup s --connections n --out file --only name[,name] --national prefix]';

const flags = readFlagsOrExit(
  {
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    out: { type: 'string', default: path.join(repoRoot(), 'bench', 'results', 'latest.json') },
    only: { type: 'string', default: '' },
    national: { type: 'string', default: '' },
  },
  USAGE,
);
const settings: LoadSettings = {
  connections: Number(flags.connections),
  durationSeconds: Number(flags.duration),
  warmupSeconds: Number(flags.warmup),
};
const outFile = path.resolve(flags.out);
const only = flags.only.split(',').filter(Boolean);
const nationalPrefix = flags.national;

const databaseEnv: NodeJS.ProcessEnv = process.env.DATABASE_URL
  ? { DB_PREFIX: process.env.DB_PREFIX || 'bench' }
  : { DATA_DIR: process.env.DATA_DIR || path.join(repoRoot(), 'data', 'bench') };

const gatewayEnv = {
  GATEWAY_PORT: '0',
  PORT: '0',
  RATE_LIMIT_MAX: '1000000000',
  RESPONSE_CACHE: 'off',
  TRUSTED_OPERATIONS: 'off',
};

async function startAll(otlpUrl: string): Promise<Record<string, Service>> {
  const s: Record<string, Service> = {};
  for (const name of ['district', 'commune', 'reform']) {
    s[name] = await startService(name, `subgraphs/${name}/index.js`, {
      ...databaseEnv,
      [`${name.toUpperCase()}_PORT`]: '0',
    });
  }
  // The same services with tracing on, every span exported (traced).
  const tracing = { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl };
  for (const name of ['district', 'commune', 'reform']) {
    s[`traced-${name}`] = await startService(`traced-${name}`, `subgraphs/${name}/index.js`, {
      ...databaseEnv,
      ...tracing,
      [`${name.toUpperCase()}_PORT`]: '0',
    });
  }
  const realUrls = { DISTRICT_URL: s.district.url, COMMUNE_URL: s.commune.url, REFORM_URL: s.reform.url };
  s.stubs = await startService('stubs', 'bench/stubSubgraphs.js', {
    STUB_OF_DISTRICT: s.district.url,
    STUB_OF_COMMUNE: s.commune.url,
    STUB_OF_REFORM: s.reform.url,
  });
  const stubUrls = {
    DISTRICT_URL: `${s.stubs.url}district/graphql`,
    COMMUNE_URL: `${s.stubs.url}commune/graphql`,
    REFORM_URL: `${s.stubs.url}reform/graphql`,
  };
  // ours and ceiling measure the work of answering (cache off); cached is ours with the response
  // cache on, the same queries answered from it after the first.
  s.ours = await startService('ours', 'gateway/index.js', { ...gatewayEnv, ...realUrls });
  s.cached = await startService('cached', 'gateway/index.js', { ...gatewayEnv, RESPONSE_CACHE: 'on', ...realUrls });
  s.hive = await startService('hive', 'bench/hiveGateway.js', realUrls);
  s.ceiling = await startService('ceiling', 'gateway/index.js', { ...gatewayEnv, ...stubUrls });
  s.traced = await startService('traced', 'gateway/index.js', {
    ...gatewayEnv,
    ...tracing,
    DISTRICT_URL: s['traced-district'].url,
    COMMUNE_URL: s['traced-commune'].url,
    REFORM_URL: s['traced-reform'].url,
  });
  return s;
}

function canonical(text: string): string {
  return JSON.stringify(JSON.parse(text));
}

/** Each target's answer once: 200, no errors, the seeded data, and the same JSON as ours. */
async function checkedAnswers(
  q: BenchQuery,
  targets: Record<string, Omit<Target, 'expectBody'>>,
): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const [name, target] of Object.entries(targets)) {
    const { status, text } = await fetchOnce(target);
    if (status !== 200 || JSON.parse(text).errors)
      throw new Error(`${q.name} on ${name}: HTTP ${status} ${text.slice(0, 500)}`);
    answers[name] = text;
  }
  if (!q.isReal(JSON.parse(answers.ours).data)) {
    throw new Error(
      `${q.name}: the answer is not the seeded data (is the bench database whole? delete data/bench to reseed):\n${answers.ours.slice(0, 300)}`,
    );
  }
  for (const name of Object.keys(answers)) {
    if (canonical(answers[name]) !== canonical(answers.ours))
      throw new Error(
        `${q.name}: ${name} answers differently from ours:\n${answers[name].slice(0, 400)}\n${answers.ours.slice(0, 400)}`,
      );
  }
  return answers;
}

async function benchQuery(q: BenchQuery, s: Record<string, Service>): Promise<QueryReport> {
  const body = JSON.stringify({ query: q.query, variables: q.variables });
  const targets: Record<string, Omit<Target, 'expectBody'>> = {
    ours: { url: s.ours.url, body },
    cached: { url: s.cached.url, body },
    hive: { url: s.hive.url, body },
    ceiling: { url: s.ceiling.url, body },
  };
  if (q.name === 'headline') targets.traced = { url: s.traced.url, body };
  if (q.singleSubgraph) {
    targets.subgraph = {
      url: s[q.singleSubgraph].url,
      body,
      headers: { [IDENTITY_HEADER]: await signForwardedIdentity(ANONYMOUS) },
    };
  }
  const answers = await checkedAnswers(q, targets);
  const identical = canonical(answers.ours) === canonical(answers.hive);
  const results: Record<string, LoadResult> = {};
  for (const [name, target] of Object.entries(targets)) {
    // A forwarded identity lives 60 s: sign a fresh one for each direct run.
    if (name === 'subgraph') target.headers = { [IDENTITY_HEADER]: await signForwardedIdentity(ANONYMOUS) };
    results[name] = await measure({ ...target, expectBody: answers[name] }, settings);
    process.stdout.write(`  ${q.name} ${name}: ${results[name].requestsPerSecond} req/s\n`);
  }
  return { query: q.name, identicalJson: identical, bytes: answers.ours.length, results };
}

/** The dashboard on `ours` (its response cache off: every visit asks the subgraphs' memo). */
async function dashboardIfAsked(services: Record<string, Service>) {
  if (only.length > 0 && !only.includes('firstFigures')) return null;
  const firstFigures = await timeToFirstFigures(services.ours.url);
  console.log(
    `  dashboard: first figures after ${firstFigures.visitsMs.join(', ')} ms (median ${firstFigures.medianMs})`,
  );
  return firstFigures;
}

function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

async function main(): Promise<void> {
  await runAsDeployed();
  console.log(
    `bench: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per target`,
  );
  const sink = await startOtlpSink();
  const services = await startAll(sink.url);
  try {
    const reports: QueryReport[] = [];
    for (const q of BENCH_QUERIES.filter((x) => only.length === 0 || only.includes(x.name)))
      reports.push(await benchQuery(q, services));
    const firstFigures = await dashboardIfAsked(services);
    let national = null;
    if (nationalPrefix) {
      national = await benchNational(nationalPrefix, settings);
    }
    const peakRssMiB = Object.fromEntries(Object.entries(services).map(([name, svc]) => [name, svc.peakRssMiB()]));
    const output = {
      at: new Date().toISOString(),
      machine: machine(),
      database: process.env.DATABASE_URL ? 'mysql' : 'sqlite',
      settings,
      peakRssMiB,
      queries: reports.map((q) => ({ ...q, ratios: ratiosOf(q) })),
      firstFigures,
      national,
    };
    printReport(output);
    console.log(`tracing: ${sink.exports()} OTLP exports received from the traced services`);
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(output, null, 2));
    console.log(`written to ${path.relative(process.cwd(), outFile)}`);
  } finally {
    for (const svc of Object.values(services).reverse()) await svc.stop();
    await sink.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
