import { GENERATION_HEADER, sharingInflightReads } from '../../gateway/caching/inflightFetch';
import { ResponseHeaders, SubgraphResponse, type SubgraphRequestInit } from '../../gateway/subgraphHttp';

describe('identical subgraph reads in flight share one exchange', () => {
  function counting() {
    const calls: string[] = [];
    const sentHeaders: Record<string, string>[] = [];
    const fetcher = async (url: string, init: SubgraphRequestInit) => {
      calls.push(String(init.body));
      sentHeaders.push(init.headers!);
      await new Promise((r) => setTimeout(r, 5));
      return new SubgraphResponse(
        url,
        200,
        new ResponseHeaders({ 'content-type': 'application/json' }),
        '{"data":{"n":1}}',
      );
    };
    return { calls, sentHeaders, fetch: sharingInflightReads(fetcher, 'x-id') };
  }
  /** `generation`: the data generation the request saw when it started (null: unknown). */
  const init = (query: string, id = 'a', generation: string | null = '7') => ({
    method: 'POST',
    headers: { 'x-id': id, ...(generation ? { [GENERATION_HEADER]: generation } : {}) },
    body: JSON.stringify({ query, variables: {} }),
  });

  test('concurrent equal queries with the same identity cost one fetch, each caller gets its own body', async () => {
    const { calls, fetch } = counting();
    const answers = await Promise.all([1, 2, 3].map(() => fetch('http://s/graphql', init('query Q { n }'))));
    expect(calls).toHaveLength(1);
    expect(await Promise.all(answers.map((r) => r.json()))).toEqual([
      { data: { n: 1 } },
      { data: { n: 1 } },
      { data: { n: 1 } },
    ]);
    await fetch('http://s/graphql', init('query Q { n }'));
    expect(calls).toHaveLength(2); // nothing is kept once the exchange is over
  });

  test('mutations and other identities are never shared', async () => {
    const { calls, fetch } = counting();
    await Promise.all([
      fetch('http://s/graphql', init('mutation M { n }')),
      fetch('http://s/graphql', init('mutation M { n }')),
    ]);
    await Promise.all([
      fetch('http://s/graphql', init('query Q { n }', 'a')),
      fetch('http://s/graphql', init('query Q { n }', 'b')),
    ]);
    expect(calls).toHaveLength(4);
  });

  test('requests that saw different data generations, or none, never share; the generation is not sent on', async () => {
    const { calls, sentHeaders, fetch } = counting();
    await Promise.all([
      fetch('http://s/graphql', init('query Q { n }', 'a', '7')),
      fetch('http://s/graphql', init('query Q { n }', 'a', '8')),
    ]);
    expect(calls).toHaveLength(2);
    await Promise.all([
      fetch('http://s/graphql', init('query Q { n }', 'a', null)),
      fetch('http://s/graphql', init('query Q { n }', 'a', null)),
    ]);
    expect(calls).toHaveLength(4);
    expect(sentHeaders.every((h) => !(GENERATION_HEADER in h) && h['x-id'] === 'a')).toBe(true);
  });
});
