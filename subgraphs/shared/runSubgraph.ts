import { servicePort } from './config';
import { listenHttp } from './httpServer';
import { openSubgraph, type SubgraphDefinition } from './subgraphApp';

/**
 * The body of each subgraph's entry point: open (and on first start seed) its database,
 * listen on its port, and shut down cleanly on SIGTERM/SIGINT.
 */
export async function runSubgraph<C extends object>(definition: SubgraphDefinition<C>): Promise<void> {
  const app = await openSubgraph(definition, undefined, { seedIfEmpty: true });
  const http = await listenHttp({
    server: app.server,
    context: (req) => app.context(req),
    port: servicePort(definition.name),
    ready: () => app.ready(),
  });
  console.log(`${definition.name} subgraph ready at ${http.url}`);
  const stop = async () => {
    await http.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

export function main(run: () => Promise<void>): void {
  run().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
