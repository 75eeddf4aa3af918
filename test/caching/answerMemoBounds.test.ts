import { AnswerMemo, weightOf } from '../../subgraphs/shared/answerMemo';
import { RequestAbandonedError } from '../../subgraphs/shared/errors';

/** The subgraphs' answer memo (answerMemo.ts) stays within its bounds, however it is asked. */
describe('answer memo bounds', () => {
  test('an answer weighs the rows it holds', () => {
    expect(weightOf([1, 2, 3])).toBe(3);
    expect(weightOf([[1, 2], [3], []])).toBe(3);
    expect(weightOf({ rows: [1, 2], catalogue: { procedures: 410 } })).toBe(2);
    expect(
      weightOf({
        counts: new Map([
          ['018', 1],
          ['019', 2],
        ]),
      }),
    ).toBe(2);
    expect(weightOf(42)).toBe(1);
    expect(weightOf([])).toBe(1);
  });

  test('beyond its count or its rows, the least recently used answers are computed again', async () => {
    const memo = new AnswerMemo(true, { entries: 3, rows: 10 });
    let computed = 0;
    const ask = (key: string, rows: number) =>
      memo.answerAt(key, 'v1', async () => (computed++, Array.from({ length: rows }, (_, i) => i)));
    for (const key of ['a', 'b', 'c']) await ask(key, 2);
    await ask('a', 2); // a is now the most recently used
    expect(computed).toBe(3);
    await ask('d', 2); // four answers: b, the least recently used, goes
    expect(memo.size).toEqual({ entries: 3, rows: 6 });
    await ask('a', 2);
    expect(computed).toBe(4);
    await ask('b', 2);
    expect(computed).toBe(5);
    await ask('big', 9); // 9 rows: only it fits
    await new Promise((resolve) => setImmediate(resolve));
    expect(memo.size).toEqual({ entries: 1, rows: 9 });
    await ask('huge', 50); // heavier than the bound: answered, not kept
    await new Promise((resolve) => setImmediate(resolve));
    expect(memo.size).toEqual({ entries: 0, rows: 0 });
  });

  test('other counters are another answer, and a failure is not remembered', async () => {
    const memo = new AnswerMemo(true);
    let computed = 0;
    const ask = (versions: string) => memo.answerAt('k', versions, async () => ++computed);
    expect(await ask('u:1')).toBe(1);
    expect(await ask('u:1')).toBe(1);
    expect(await ask('u:2')).toBe(2);
    await expect(memo.answerAt('f', 'u:1', async () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(await memo.answerAt('f', 'u:1', async () => 'recovered')).toBe('recovered');
  });

  test('a request that joined a computation whose own request was abandoned gets the answer, computed again', async () => {
    const memo = new AnswerMemo(true);
    const calls: string[] = [];
    let abandon!: () => void;
    const first = memo.answerAt('k', 'v1', () => {
      calls.push('first');
      return new Promise<number>((_, reject) => (abandon = () => reject(new RequestAbandonedError())));
    });
    const joined = memo.answerAt('k', 'v1', async () => (calls.push('joined'), 42));
    abandon();
    await expect(first).rejects.toBeInstanceOf(RequestAbandonedError);
    await expect(joined).resolves.toBe(42);
    expect(calls).toEqual(['first', 'joined']);
  });
});
