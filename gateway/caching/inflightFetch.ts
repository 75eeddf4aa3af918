import { SubgraphResponse, type SubgraphFetch } from '../subgraphHttp';

/**
 * Identical subgraph reads in flight at the same moment share one HTTP exchange: under load a
 * dashboard's many viewers ask the same question, and each subgraph answers it once per burst
 * instead of once per viewer (Hive Gateway does the same by default). Only queries are shared,
 * never mutations, and only between requests with the same forwarded identity (it is part of
 * the key), so no caller ever sees an answer computed for someone else. Each caller gets its
 * own Response over the shared text, so nothing parsed is shared between requests.
 *
 * Only requests that saw the same data generation when they started share (it is part of the
 * key, given in GENERATION_HEADER, which is not sent on): a request that starts after a write
 * was acknowledged (the write moved the generation first) never joins a read that began before
 * it. A request that could not read the generation shares with no one.
 */

export const GENERATION_HEADER = 'x-onestop-data-generation';
const READ = /^\{"query":"(query\b|\{)/;

export function sharingInflightReads(fetcher: SubgraphFetch, identityHeader: string): SubgraphFetch {
  const inflight = new Map<string, Promise<SubgraphResponse>>();
  return async (input, init) => {
    const { [GENERATION_HEADER]: generation, ...headers } = init.headers ?? {};
    init = { ...init, headers };
    const body = typeof init.body === 'string' ? init.body : null;
    if (!body || !READ.test(body) || !generation) return fetcher(input, init);
    const key = `${generation}\u0000${input}\u0000${headers[identityHeader] ?? ''}\u0000${body}`;
    let shared = inflight.get(key);
    if (!shared) {
      shared = fetcher(input, init);
      inflight.set(key, shared);
      const forget = () => inflight.delete(key);
      shared.then(forget, forget);
    }
    const response = await shared;
    return new SubgraphResponse(response.url, response.status, response.headers, await response.text());
  };
}
