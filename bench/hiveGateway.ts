import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { ANONYMOUS } from '../subgraphs/shared/auth/identity';
import { IDENTITY_HEADER, signForwardedIdentity } from '../subgraphs/shared/auth/forwardedIdentity';
import { supergraphForBench } from './supergraphForBench';

/**
 * Hive Gateway serving the same committed supergraph over the same subgraphs, for a side-by-side
 * figure. It only adds what our subgraphs demand of any gateway: the signed anonymous identity on
 * each fetch. HIVE_RUNTIME=router swaps the default JavaScript query planner for the Rust one
 * shipped in `@graphql-hive/router-runtime` (what the CLI's `--hive-router-runtime` loads).
 * Env: DISTRICT_URL, COMMUNE_URL, REFORM_URL, HIVE_RUNTIME.
 */
async function main(): Promise<void> {
  const router = process.env.HIVE_RUNTIME === 'router';
  const unifiedGraphHandler = router ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler : undefined;
  const runtime = createGatewayRuntime({
    supergraph: supergraphForBench(),
    logging: false,
    graphiql: false,
    landingPage: false,
    ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
    propagateHeaders: {
      fromClientToSubgraphs: async () => ({ [IDENTITY_HEADER]: await signForwardedIdentity(ANONYMOUS) }),
    },
  });
  const server = http.createServer(runtime);
  server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as AddressInfo).port;
    console.log(`hive gateway (${router ? 'router' : 'default'} runtime) ready at http://127.0.0.1:${port}/graphql`);
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
