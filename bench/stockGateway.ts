import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ANONYMOUS } from '../subgraphs/shared/auth/identity';
import { IDENTITY_HEADER, signForwardedIdentity } from '../subgraphs/shared/auth/forwardedIdentity';
import { supergraphForBench } from './supergraphForBench';

/**
 * A stock @apollo/gateway: ApolloGateway over the same supergraph with its own default fetcher
 * (RemoteGraphQLDataSource), behind @apollo/server's standalone server, nothing of ours but the
 * signed anonymous identity our subgraphs demand of any gateway.
 * Env: DISTRICT_URL, COMMUNE_URL, REFORM_URL.
 */
class IdentifiedDataSource extends RemoteGraphQLDataSource {
  override async willSendRequest({ request }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]) {
    request.http?.headers.set(IDENTITY_HEADER, await signForwardedIdentity(ANONYMOUS));
  }
}

async function main(): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphForBench(),
    buildService: ({ url }) => new IdentifiedDataSource({ url }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  console.log(`stock apollo gateway ready at ${url.replace('localhost', '127.0.0.1')}`);
  process.once('SIGTERM', () => server.stop().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
