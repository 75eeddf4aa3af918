import { sharingInflightReads } from '../../gateway/inflightFetch';

describe('identical subgraph reads in flight share one exchange', () => {
  function counting() {
    const calls: string[] = [];
    const fetcher = async (_: string, init: RequestInit) => {
      calls.push(String(init.body));
      await new Promise((r) => setTimeout(r, 5));
      return new Response('{"data":{"n":1}}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    return { calls, fetch: sharingInflightReads(fetcher, 'x-id') };
  }
  const init = (query: string, id = 'a') => ({ method: 'POST', headers: { 'x-id': id }, body: JSON.stringify({ query, variables: {} }) });

  test('concurrent equal queries with the same identity cost one fetch, each caller gets its own body', async () => {
    const { calls, fetch } = counting();
    const answers = await Promise.all([1, 2, 3].map(() => fetch('http://s/graphql', init('query Q { n }'))));
    expect(calls).toHaveLength(1);
    expect(await Promise.all(answers.map((r) => r.json()))).toEqual([{ data: { n: 1 } }, { data: { n: 1 } }, { data: { n: 1 } }]);
    await fetch('http://s/graphql', init('query Q { n }'));
    expect(calls).toHaveLength(2); // nothing is kept once the exchange is over
  });

  test('mutations and other identities are never shared', async () => {
    const { calls, fetch } = counting();
    await Promise.all([fetch('http://s/graphql', init('mutation M { n }')), fetch('http://s/graphql', init('mutation M { n }'))]);
    await Promise.all([fetch('http://s/graphql', init('query Q { n }', 'a')), fetch('http://s/graphql', init('query Q { n }', 'b'))]);
    expect(calls).toHaveLength(4);
  });
});
