import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { gatewaySettings } from '../gateway/settings';
import {
  apolloManifest,
  DASHBOARD_MANIFEST_FILE,
  parseManifest,
  readDashboardManifest,
} from '../gateway/clients/manifests';
import { ClientRegistry } from '../gateway/clients/registry';
import * as queries from '../web/src/queries';

const USAGE = `npm run clients -- <command> [options]
  register --name N --contact C [--role integrator] [--per-minute 60] [--per-day 10000] [--cost-per-day 100000] [--manifest M]
  suspend|resume --client ID          rotate --client ID [--grace-seconds S]
  bind --client ID [--manifest M ...]  list    audit --client ID
  manifest --name M --file F.json      (Apollo's or The Guild's persisted-operation manifest)
  dashboard-manifest                   (rewrites the dashboard's manifest from web/src/queries.ts and registers it)
  usage --client ID [--days 7]         (asks the gateway: GATEWAY_URL, ADMIN_TOKEN)
Every change is audited under --actor (default: the login name).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    contact: { type: 'string' },
    role: { type: 'string', multiple: true },
    'per-minute': { type: 'string', default: '60' },
    'per-day': { type: 'string', default: '10000' },
    'cost-per-day': { type: 'string', default: '100000' },
    manifest: { type: 'string', multiple: true },
    client: { type: 'string' },
    'grace-seconds': { type: 'string' },
    file: { type: 'string' },
    days: { type: 'string', default: '7' },
    actor: { type: 'string', default: process.env.USER || os.userInfo().username },
  },
});

function need(value: string | undefined, flag: string): string {
  if (!value) throw new RangeError(`--${flag} is required\n\n${USAGE}`);
  return value;
}

/** The dashboard's documents exactly as it sends them; ReformProgress is written per year. */
function dashboardDocuments(): string[] {
  const fixed = (Object.values(queries) as unknown[]).filter((q): q is string => typeof q === 'string');
  const years = Array.from({ length: 21 }, (_, i) => 2015 + i);
  return [...fixed, ...years.map((year) => queries.reformQuery(year))];
}

async function usage(): Promise<void> {
  const base = process.env.GATEWAY_URL || 'http://127.0.0.1:4000';
  const url = new URL(
    `/admin/usage?client=${encodeURIComponent(need(values.client, 'client'))}&days=${values.days}`,
    base,
  );
  const response = await fetch(url, { headers: { authorization: `Bearer ${process.env.ADMIN_TOKEN ?? ''}` } });
  console.log(JSON.stringify(await response.json(), null, 2));
}

/** The registration the flags describe (checked by the registry: a bad one is a RangeError). */
function registration() {
  return {
    name: need(values.name, 'name'),
    contact: need(values.contact, 'contact'),
    roles: values.role ?? ['integrator'],
    quota: {
      perMinute: Number(values['per-minute']),
      perDay: Number(values['per-day']),
      costPerDay: Number(values['cost-per-day']),
    },
    manifests: values.manifest,
  };
}

async function run(registry: ClientRegistry, command: string | undefined): Promise<unknown> {
  const actor = values.actor;
  const client = () => need(values.client, 'client');
  switch (command) {
    case 'register':
      return registry.register(registration(), actor);
    case 'suspend':
      return registry.suspend(client(), actor);
    case 'resume':
      return registry.resume(client(), actor);
    case 'rotate': {
      const grace = Number(values['grace-seconds'] ?? gatewaySettings().clients.secretGraceSeconds);
      return { clientSecret: await registry.rotate(client(), grace, actor) };
    }
    case 'bind':
      return registry.bind(client(), values.manifest ?? [], actor);
    case 'list':
      return registry.list();
    case 'audit':
      return registry.auditOf(client());
    case 'manifest':
      return registry.registerManifest(
        need(values.name, 'name'),
        parseManifest(JSON.parse(readFileSync(need(values.file, 'file'), 'utf8'))),
        actor,
      );
    case 'dashboard-manifest':
      writeFileSync(DASHBOARD_MANIFEST_FILE, JSON.stringify(apolloManifest(dashboardDocuments()), null, 2) + '\n');
      return registry.registerManifest('dashboard', readDashboardManifest(), actor);
    default:
      throw new RangeError(USAGE);
  }
}

async function main(): Promise<void> {
  const [command] = positionals;
  if (command === 'usage') return usage();
  const registry = await ClientRegistry.open();
  try {
    const result = await run(registry, command);
    if (result !== undefined) console.log(JSON.stringify(result, null, 2));
  } finally {
    await registry.close();
  }
}

main().catch((error) => {
  console.error(error instanceof RangeError ? error.message : error);
  process.exit(1);
});
