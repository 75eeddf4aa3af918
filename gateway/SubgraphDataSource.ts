import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';

export type FetchListener = (subgraph: string) => void;

/** The gateway's connection to one subgraph; reports each fetch so tests can bound them. */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    url: string,
    private readonly subgraph: string,
    private readonly onFetch?: FetchListener,
  ) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    this.onFetch?.(this.subgraph);
    super.willSendRequest?.(options);
  }
}
