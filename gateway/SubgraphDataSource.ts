import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../subgraphs/shared/errors';
import { describeError } from '../subgraphs/shared/observability/logger';
import { IDENTITY_HEADER, signForwardedIdentity } from '../subgraphs/shared/auth/forwardedIdentity';
import { ANONYMOUS, type Identity } from '../subgraphs/shared/auth/identity';
import { GENERATION_HEADER, sharingInflightReads } from './caching/inflightFetch';
import type { DependencyTally } from './caching/dependencyTally';
import { takeReplay } from './execution/fetchReplay';
import type { SubgraphFetch } from './subgraphHttp';
import type { FetchObservation, GatewayObservation } from './observability/gatewayObservation';

export type FetchListener = (subgraph: string) => void;

/** What the gateway's per-request context holds: the identity verified from the bearer token. */
export interface GatewayContext {
  identity: Identity;
  /**
   * The data generation this request saw, read once when first needed (before any subgraph
   * fetch and before the response cache is asked); null when it cannot be known.
   */
  dataGeneration?: () => Promise<string | null>;
  /** What the subgraphs said this request read and wrote (caching/dependencyTally.ts). */
  dependencies?: DependencyTally;
  /** The fast path (caching/answerCache.ts) keeps this request's answer: Apollo's response cache stays out. */
  keptByAnswerCache?: boolean;
}

/**
 * The gateway's connection to one subgraph. Each fetch carries the caller's verified identity,
 * signed for the subgraphs, and nothing else from the client's request; each fetch is given up
 * after the timeout (subgraphHttp.ts), so a hung subgraph costs its part of the answer, not the
 * whole request. Reports each fetch so tests can bound them; identical reads in flight together
 * share one exchange (inflightFetch.ts).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Each fetch's observation, from process() to willSendRequest() (same request object). */
  private readonly observed = new WeakMap<object, FetchObservation>();

  constructor(
    url: string,
    private readonly subgraph: string,
    private readonly onFetch: FetchListener | undefined,
    private readonly secret: string,
    fetcher: SubgraphFetch,
    private readonly observation?: GatewayObservation,
  ) {
    // Apollo types its fetcher as the whole WHATWG fetch; it uses only what SubgraphResponse has.
    super({ url, fetcher: sharingInflightReads(fetcher, IDENTITY_HEADER) as any });
  }

  /**
   * A subgraph that cannot be reached, times out, or answers with an HTTP error instead of a
   * GraphQL response: the gateway would pass the raw fetch error on, unnamed (and a timeout's
   * DOMException even fails the whole request). It becomes SERVICE_UNAVAILABLE naming the
   * service, so the other subgraphs' data still comes back.
   */
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    // An answer this request already fetched, given back to the gateway (execution/passThrough.ts).
    const replay = takeReplay(options, this.subgraph);
    if (replay) return replay();
    const observed = this.observation?.fetch(this.subgraph);
    if (observed) this.observed.set(options.request, observed);
    try {
      const response = await super.process(options);
      observed?.end();
      return response;
    } catch (error) {
      observed?.end(true);
      this.observation?.logger.warn(
        { subgraph: this.subgraph, error: describeError(error) },
        `${this.subgraph} subgraph fetch failed`,
      );
      throw new GraphQLError(`The ${this.subgraph} service could not answer; its part of the result is missing`, {
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, serviceName: this.subgraph },
      });
    }
  }

  /** Notes which units the subgraph said its answer read or its write touched (the response cache). */
  override didReceiveResponse({
    response,
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    context?.dependencies?.received(request.query, response.http?.headers);
    return response;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    this.onFetch?.(this.subgraph);
    if ('context' in options) options.context?.dependencies?.sent(options.request.query);
    const identity = 'context' in options && options.context?.identity ? options.context.identity : ANONYMOUS;
    options.request.http?.headers.set(IDENTITY_HEADER, await signForwardedIdentity(identity, this.secret));
    // Keys the sharing of identical reads in flight (inflightFetch.ts); not sent to the subgraph.
    const generation = 'context' in options ? await options.context?.dataGeneration?.() : null;
    if (generation) options.request.http?.headers.set(GENERATION_HEADER, generation);
    // The request id and the W3C trace context (observability/gatewayObservation.ts).
    const observed = this.observed.get(options.request);
    for (const [name, value] of Object.entries(observed?.headers ?? {})) options.request.http?.headers.set(name, value);
  }
}
