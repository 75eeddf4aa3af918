import { startService, type Service } from './processes';

/** Every gateway a workload can run on, in the report's order. */
export const GATEWAYS = ['ours', 'stock', 'hive', 'hiveRouter', 'oursDeployed'] as const;
export type GatewayName = (typeof GATEWAYS)[number];
/**
 * The four run by default, each doing the whole work of every answer. `oursDeployed` (asked for
 * with --gateways) is ours as deployed: its response cache on and its data generation shared with
 * the writer through Redis, so that every desk write invalidates what it keeps.
 */
export const DEFAULT_GATEWAYS: readonly GatewayName[] = ['ours', 'stock', 'hive', 'hiveRouter'];
const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const GATEWAY_LABELS: Record<GatewayName, string> = {
  ours: 'ours (gateway/, response cache off)',
  stock: 'stock @apollo/gateway + @apollo/server',
  hive: 'Hive Gateway, default runtime',
  hiveRouter: 'Hive Gateway, router runtime (Rust planner)',
  oursDeployed: 'ours as deployed (response cache on, invalidated by the writer through Redis)',
};

/** The three subgraph processes, the four gateways over them, and `writer`: our gateway that takes the desks' writes. */
export interface BenchStack {
  subgraphs: Record<'district' | 'commune' | 'reform', Service>;
  /** The gateways this stack started (only these are in `gateways`), in the report's order. */
  targets: readonly GatewayName[];
  gateways: Record<GatewayName, Service>;
  writer: Service;
  all(): Service[];
  stop(): Promise<void>;
}

// Free-form documents, as the other gateways take them (production otherwise runs trusted operations only).
const OURS_ENV = {
  GATEWAY_PORT: '0',
  PORT: '0',
  RATE_LIMIT_MAX: '1000000000',
  RESPONSE_CACHE: 'off',
  TRUSTED_OPERATIONS: 'off',
};

/** Each gateway's entry point and environment, over the subgraphs at `urls`. */
function gatewayEntries(urls: NodeJS.ProcessEnv): Record<GatewayName, [string, NodeJS.ProcessEnv]> {
  return {
    ours: ['gateway/index.js', { ...OURS_ENV, ...urls }],
    stock: ['bench/stockGateway.js', urls],
    hive: ['bench/hiveGateway.js', { ...urls, HIVE_RUNTIME: 'default' }],
    hiveRouter: ['bench/hiveGateway.js', { ...urls, HIVE_RUNTIME: 'router' }],
    oursDeployed: ['gateway/index.js', { ...OURS_ENV, ...urls, RESPONSE_CACHE: 'on', REDIS_URL: BENCH_REDIS_URL }],
  };
}

/**
 * Starts one set of subgraphs (`STATS_MEMO` as given) and every gateway over those same
 * processes and the same supergraph. The writer is a gateway of its own so that writing costs
 * every measured gateway the same: nothing.
 */
export async function startStack(
  databaseEnv: NodeJS.ProcessEnv,
  memo: 'on' | 'off',
  targets: readonly GatewayName[] = DEFAULT_GATEWAYS,
): Promise<BenchStack> {
  const started: Service[] = [];
  const start = async (name: string, entry: string, env: NodeJS.ProcessEnv) => {
    const svc = await startService(name, entry, env);
    started.push(svc);
    return svc;
  };
  try {
    const subgraphs = {} as BenchStack['subgraphs'];
    for (const name of ['district', 'commune', 'reform'] as const)
      subgraphs[name] = await start(name, `subgraphs/${name}/index.js`, {
        ...databaseEnv,
        STATS_MEMO: memo,
        [`${name.toUpperCase()}_PORT`]: '0',
      });
    const urls = {
      DISTRICT_URL: subgraphs.district.url,
      COMMUNE_URL: subgraphs.commune.url,
      REFORM_URL: subgraphs.reform.url,
    };
    const entries = gatewayEntries(urls);
    const gateways = {} as BenchStack['gateways'];
    for (const name of targets) gateways[name] = await start(name, ...entries[name]);
    // With oursDeployed, the writer's mutations bump the data generation it reads in Redis.
    const shared = targets.includes('oursDeployed') ? { REDIS_URL: BENCH_REDIS_URL } : {};
    const writer = await start('writer', 'gateway/index.js', { ...OURS_ENV, ...urls, ...shared });
    return { subgraphs, targets, gateways, writer, all: () => [...started], stop: () => stopAll(started) };
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

async function stopAll(services: Service[]): Promise<void> {
  for (const svc of [...services].reverse()) await svc.stop();
}
