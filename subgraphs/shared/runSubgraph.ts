import { admitGatewayRequest } from './auth/admitGatewayRequest';
import { gatewaySecret, serviceHost, servicePort, subgraphBodyLimit } from './config';
import { listenHttp, type RunningHttpService } from './httpServer';
import { serviceLogger } from './observability/logger';
import { listenMetrics, metricsSettings } from './observability/metricsListener';
import { openSubgraph, type SubgraphApp, type SubgraphDefinition } from './subgraphApp';

/** Serves a subgraph over HTTP: /graphql only for requests the gateway signed, /health and /ready for probes. */
export function serveSubgraph(
  app: SubgraphApp<any>,
  options: { port: number; host?: string; shutdownTimeoutMs?: number },
): Promise<RunningHttpService> {
  return listenHttp({
    server: app.server,
    context: (req) => app.context(req),
    ready: () => app.ready(),
    admit: admitGatewayRequest,
    bodyLimit: subgraphBodyLimit(),
    observer: app.observer,
    logger: serviceLogger(app.name),
    ...options,
  });
}

/**
 * The body of each subgraph's entry point: open (and on first start seed) its database,
 * listen on its port, and on SIGTERM/SIGINT finish in-flight requests before closing it.
 */
export async function runSubgraph<C extends object>(definition: SubgraphDefinition<C>): Promise<void> {
  gatewaySecret(); // refuses to start in production without GATEWAY_SECRET, before any work
  const host = serviceHost(); // and a development setup listening beyond this machine
  const app = await openSubgraph(definition, undefined, { seedIfEmpty: true });
  const port = servicePort(definition.name);
  const http = await serveSubgraph(app, { port, host });
  const metricsAt = metricsSettings(definition.name, port);
  const metrics = metricsAt && (await listenMetrics(app.metrics.registry, metricsAt.port, metricsAt.host));
  serviceLogger(definition.name).info(
    { metrics: metrics?.url },
    `${definition.name} subgraph ready at ${http.url} (listening on ${host})`,
  );
  const stop = async () => {
    await http.close();
    await metrics?.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

export function main(run: () => Promise<void>): void {
  run().catch((error) => {
    // A start-up failure is read by a person at a terminal: the message as it is, not a JSON line.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
