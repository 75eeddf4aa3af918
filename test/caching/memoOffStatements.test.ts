import { HEADLINE_QUERY } from '../support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';

/**
 * With the subgraphs' answer memo off (STATS_MEMO=off, as the national bench reads the rollups)
 * nothing is kept under the units' rollup counters or the reform data's counter, so the district
 * and reform subgraphs do not read them:
 * the headline's district figures (its own level, then `total` with the commune figures) cost
 * the dossier and catalogue counts each time, and the answer is the memo's.
 */
describe('the headline with the answer memo off', () => {
  let memoOn: RunningSupergraph;
  let memoOff: RunningSupergraph;
  const previous = process.env.STATS_MEMO;

  beforeAll(async () => {
    memoOn = await startSupergraph();
    // Each subgraph's memo is made when it starts, from STATS_MEMO (answerMemo.ts).
    process.env.STATS_MEMO = 'off';
    try {
      memoOff = await startSupergraph();
    } finally {
      if (previous === undefined) delete process.env.STATS_MEMO;
      else process.env.STATS_MEMO = previous;
    }
  });
  afterAll(async () => {
    await memoOn?.stop();
    await memoOff?.stop();
  });

  async function headline(supergraph: RunningSupergraph) {
    supergraph.resetCounters();
    const response = await supergraph.queryGateway(
      HEADLINE_QUERY,
      { from: '2020-12-16', to: '2021-05-30' },
      { headers: { 'cache-control': 'no-cache' } },
    );
    expect(response.body.errors).toBeUndefined();
    return { data: response.body.data, statements: supergraph.statements() };
  }

  test('reads no rollup counters in the district subgraph, and answers as with the memo on', async () => {
    const on = await headline(memoOn);
    const off = await headline(memoOff);
    expect(off.data).toEqual(on.data);
    // district: the district row, its dossier and catalogue counts (`total` is added up by the
    // commune subgraph from them). With the memo on, the counters too.
    expect([on.statements.district, off.statements.district]).toEqual([4, 3]);
    // reform: the plan's four reads (the plan, its tasks and what hangs from them), without the
    // reform data's counter, which the memo on reads first.
    expect([on.statements.reform, off.statements.reform]).toEqual([5, 4]);
    // Asked again: the same statements, nothing remembered.
    const again = await headline(memoOff);
    expect(again.data).toEqual(on.data);
    expect(again.statements).toEqual(off.statements);
  });
});
