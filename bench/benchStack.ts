import { startService, type Service } from './processes';

/** The four gateways every workload is run on, in the report's order. */
export const GATEWAYS = ['ours', 'stock', 'hive', 'hiveRouter'] as const;
export type GatewayName = (typeof GATEWAYS)[number];

export const GATEWAY_LABELS: Record<GatewayName, string> = {
  ours: 'ours (gateway/, response cache off)',
  stock: 'stock @apollo/gateway + @apollo/server',
  hive: 'Hive Gateway, default runtime',
  hiveRouter: 'Hive Gateway, router runtime (Rust planner)',
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

/**
 * Starts one set of subgraphs (`STATS_MEMO` as given) and every gateway over those same
 * processes and the same supergraph. The writer is a gateway of its own so that writing costs
 * every measured gateway the same: nothing.
 */
export async function startStack(
  databaseEnv: NodeJS.ProcessEnv,
  memo: 'on' | 'off',
  targets: readonly GatewayName[] = GATEWAYS,
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
    const entries: Record<GatewayName, [string, NodeJS.ProcessEnv]> = {
      ours: ['gateway/index.js', { ...OURS_ENV, ...urls }],
      stock: ['bench/stockGateway.js', urls],
      hive: ['bench/hiveGateway.js', { ...urls, HIVE_RUNTIME: 'default' }],
      hiveRouter: ['bench/hiveGateway.js', { ...urls, HIVE_RUNTIME: 'router' }],
    };
    const gateways = {} as BenchStack['gateways'];
    for (const name of targets) gateways[name] = await start(name, ...entries[name]);
    const writer = await start('writer', 'gateway/index.js', { ...OURS_ENV, ...urls });
    return { subgraphs, targets, gateways, writer, all: () => [...started], stop: () => stopAll(started) };
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

async function stopAll(services: Service[]): Promise<void> {
  for (const svc of [...services].reverse()) await svc.stop();
}
