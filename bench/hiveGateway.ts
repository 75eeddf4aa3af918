import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { ANONYMOUS } from '../subgraphs/shared/auth/identity';
import { IDENTITY_HEADER, signForwardedIdentity } from '../subgraphs/shared/auth/forwardedIdentity';
import { SUPERGRAPH_FILE } from '../gateway/composeSupergraph';

/**
 * Hive Gateway (the fastest JavaScript federation gateway in the public benchmark) serving the
 * same committed supergraph over the same subgraphs, for a side-by-side figure. It only adds
 * what our subgraphs demand of any gateway: the signed anonymous identity on each fetch.
 * Env: DISTRICT_URL, COMMUNE_URL, REFORM_URL.
 */
let supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
for (const [name, port] of [
  ['district', 4001],
  ['commune', 4002],
  ['reform', 4003],
] as const) {
  const url = process.env[`${name.toUpperCase()}_URL`];
  if (url) supergraph = supergraph.replace(`http://localhost:${port}/graphql`, url);
}

const runtime = createGatewayRuntime({
  supergraph,
  logging: false,
  graphiql: false,
  landingPage: false,
  propagateHeaders: {
    fromClientToSubgraphs: async () => ({ [IDENTITY_HEADER]: await signForwardedIdentity(ANONYMOUS) }),
  },
});

const server = http.createServer(runtime);
server.listen(0, '127.0.0.1', () => {
  console.log(`hive gateway ready at http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
