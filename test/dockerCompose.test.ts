import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { databaseConfig, serviceHost, servicePort, subgraphUrl, SUBGRAPH_NAMES } from '../subgraphs/shared/config';
import { repoFile, repoRoot } from '../subgraphs/shared/paths';
import { metricsSettings } from '../subgraphs/shared/observability/metricsListener';

// No Docker engine runs where the tests run, so the compose file is checked against the code instead.
// Compose applies YAML merge keys (<<: *subgraph); the yaml package does so only when asked.
const compose = parse(readFileSync(repoFile('docker-compose.yml'), 'utf8'), { merge: true });
const services: Record<string, any> = compose.services;

/** Every environment variable the product's code reads (`env.X`, `process.env.X`, `env[\`${NAME}_X\`]`). */
function variablesReadByCode(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith('.ts')) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/env\.([A-Z][A-Z0-9_]+)/g)) found.add(m[1]);
        for (const m of text.matchAll(/`\$\{(?:name|service)\.toUpperCase\(\)\}_([A-Z_]+)`/g)) {
          for (const name of [...SUBGRAPH_NAMES, 'gateway']) found.add(`${name.toUpperCase()}_${m[1]}`);
        }
      }
    }
  };
  walk(repoFile('gateway'));
  walk(repoFile('subgraphs'));
  walk(repoFile('tools'));
  return found;
}

const env = (service: string): Record<string, string> => services[service].environment;
const healthPort = (service: string) =>
  Number(/localhost:(\d+)\//.exec(services[service].healthcheck.test.join(' '))![1]);

describe('docker-compose.yml', () => {
  test('has MySQL 8, Redis, the three subgraphs, the gateway and Prometheus', () => {
    expect(Object.keys(services).sort()).toEqual([
      'commune',
      'district',
      'gateway',
      'mysql',
      'prometheus',
      'redis',
      'reform',
    ]);
    expect(services.mysql.image).toMatch(/^mysql:8/);
  });

  test('every variable it sets is one the code reads', () => {
    const known = variablesReadByCode();
    for (const service of ['district', 'commune', 'reform', 'gateway']) {
      for (const variable of Object.keys(env(service)))
        expect([service, variable, known.has(variable)]).toEqual([service, variable, true]);
    }
  });

  test('each subgraph reaches MySQL with its root password and listens where its health check and the gateway look', () => {
    for (const name of SUBGRAPH_NAMES) {
      const config = databaseConfig(name, env(name));
      expect(config).toMatchObject({
        kind: 'mysql',
        host: 'mysql',
        password: services.mysql.environment.MYSQL_ROOT_PASSWORD,
      });
      const port = servicePort(name, env(name));
      expect(healthPort(name)).toBe(port);
      expect(subgraphUrl(name, env('gateway'))).toBe(`http://${name}:${port}/graphql`);
      expect(services.gateway.depends_on[name].condition).toBe('service_healthy');
      expect(services[name].depends_on.mysql.condition).toBe('service_healthy');
    }
  });

  test('the gateway publishes the port it listens on and has telemetry off', () => {
    const port = servicePort('gateway', env('gateway'));
    expect(services.gateway.ports).toEqual([`${port}:${port}`]);
    expect(healthPort('gateway')).toBe(port);
    expect(env('gateway').APOLLO_TELEMETRY_DISABLED).toBe('1');
  });

  test('every image is pinned to a version', () => {
    for (const [name, service] of Object.entries(services)) {
      if (!service.image) continue;
      expect([name, service.image]).toEqual([name, expect.stringMatching(/^[\w./-]+:v?\d+(\.\d+)*(-[\w.]+)?$/)]);
    }
  });

  test('the gateway shares its rate limit and caches through the Redis service, once it is healthy', () => {
    expect(env('gateway').REDIS_URL).toBe('redis://redis:6379');
    expect(services.gateway.depends_on.redis.condition).toBe('service_healthy');
    expect(services.redis.healthcheck.test).toContain('ping');
  });

  test('the gateway keeps registered clients in MySQL and reads its OAuth key from the mounted secrets folder', () => {
    expect([env('gateway').DATABASE_URL, env('gateway').DB_PREFIX]).toEqual([
      env('district').DATABASE_URL,
      env('district').DB_PREFIX,
    ]);
    expect(services.gateway.depends_on.mysql.condition).toBe('service_healthy');
    expect(services.gateway.volumes).toEqual(['./secrets:/run/secrets/onestop:ro']);
    for (const service of ['district', 'commune', 'reform', 'gateway'])
      expect([service, env(service).OTEL_EXPORTER_OTLP_ENDPOINT]).toEqual([
        service,
        '${OTEL_EXPORTER_OTLP_ENDPOINT:-}',
      ]);
  });

  test('Prometheus (the monitoring profile) scrapes every service where its metrics listen, and no metrics port is published', () => {
    expect(services.prometheus.profiles).toEqual(['monitoring']);
    const mounted = services.prometheus.volumes.map((v: string) => v.split(':'));
    const [source, target] = mounted.find(([, t]: string[]) => t === '/etc/prometheus/prometheus.yml');
    expect(target).toBe('/etc/prometheus/prometheus.yml');
    const scrape = parse(readFileSync(path.join(repoRoot(), source), 'utf8'));
    const targets = scrape.scrape_configs.flatMap((job: any) => job.static_configs.flatMap((c: any) => c.targets));
    for (const service of ['gateway', ...SUBGRAPH_NAMES]) {
      const port = servicePort(service as 'gateway', env(service));
      const metrics = metricsSettings(service, port, env(service))!;
      expect([service, metrics.host]).toEqual([service, '0.0.0.0']);
      expect(targets).toContain(`${service}:${metrics.port}`);
      for (const published of services[service].ports ?? [])
        expect([service, String(published).includes(String(metrics.port))]).toEqual([service, false]);
    }
    expect(targets).toHaveLength(4);
  });

  test('every command runs a built entry point that has a source file', () => {
    for (const service of ['district', 'commune', 'reform', 'gateway']) {
      const [node, script] = services[service].command;
      expect(node).toBe('node');
      const source = script.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect([service, existsSync(path.join(repoRoot(), source))]).toEqual([service, true]);
    }
  });

  test('every service listens beyond its container (services default to 127.0.0.1)', () => {
    const image = { NODE_ENV: /ENV NODE_ENV=(\w+)/.exec(readFileSync(repoFile('Dockerfile'), 'utf8'))![1] };
    expect(image.NODE_ENV).toBe('production');
    for (const service of ['district', 'commune', 'reform', 'gateway']) {
      expect([service, serviceHost({ ...image, ...env(service) })]).toEqual([service, '0.0.0.0']);
    }
    expect(readFileSync(repoFile('Dockerfile'), 'utf8')).toMatch(/ENV .*HOST=0\.0\.0\.0/);
  });

  test('the Dockerfile builds what the commands run', () => {
    const dockerfile = readFileSync(repoFile('Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/FROM node:20/);
    expect(dockerfile).toContain('npm run build');
    for (const folder of ['gateway', 'subgraphs', 'schema']) expect(dockerfile).toContain(`COPY ${folder} ${folder}`);
  });
});
