import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { ConfigError } from '../config';

export interface MetricsEndpoint {
  /** Where Prometheus scrapes: http://host:port/metrics. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Metrics are served on a listener of their own, never beside /graphql: the public port answers
 * 404 for /metrics, and this one listens on METRICS_HOST (127.0.0.1 unless set) so only the
 * machine, or a container network's Prometheus, reaches it.
 */
export async function listenMetrics(registry: Registry, port: number, host = '127.0.0.1'): Promise<MetricsEndpoint> {
  const server = http.createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] !== '/metrics' || req.method !== 'GET') {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`,
    port: bound,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const DEFAULT_PORTS: Record<string, number> = { gateway: 9400, district: 9401, commune: 9402, reform: 9403 };

/**
 * A service's metrics port: `<SERVICE>_METRICS_PORT`, default 9400 (gateway) to 9403 (reform),
 * or any free port when the service's own port is 0; `off` serves none. METRICS_HOST is where it
 * listens.
 */
export function metricsSettings(
  service: string,
  servicePort: number,
  env: NodeJS.ProcessEnv = process.env,
): { port: number; host: string } | undefined {
  const variable = `${service.toUpperCase()}_METRICS_PORT`;
  const value = env[`${service.toUpperCase()}_METRICS_PORT`];
  const host = env.METRICS_HOST || '127.0.0.1';
  if (value === 'off') return undefined;
  if (value === undefined || value === '') return { port: servicePort === 0 ? 0 : DEFAULT_PORTS[service], host };
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`${variable} must be a port or off`);
  return { port, host };
}
