import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';

type Answer = () => Promise<any>;

/** Answers already fetched for a request, by subgraph, each to be given once (passThrough.ts). */
const replays = new WeakMap<object, Map<string, Answer>>();

/** The next fetch of `subgraph` for this request gets `answer` instead of asking the subgraph again. */
export function replayNextFetch(requestContext: object, subgraph: string, answer: Answer): void {
  let bySubgraph = replays.get(requestContext);
  if (!bySubgraph) replays.set(requestContext, (bySubgraph = new Map()));
  bySubgraph.set(subgraph, answer);
}

/** The answer kept for this fetch, if any, given once. */
export function takeReplay(options: GraphQLDataSourceProcessOptions<any>, subgraph: string): Answer | undefined {
  if (!('incomingRequestContext' in options) || !options.incomingRequestContext) return undefined;
  const bySubgraph = replays.get(options.incomingRequestContext);
  const answer = bySubgraph?.get(subgraph);
  bySubgraph?.delete(subgraph);
  return answer;
}
