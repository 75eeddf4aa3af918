import type { IncomingMessage } from 'node:http';
import { AnswerCache } from '../../gateway/caching/answerCache';
import { memoryGeneration } from '../../subgraphs/shared/dataGeneration';

/** The response cache's fast path (answerCache.ts) keeps exactly what may be served to anyone. */
const req = (headers: Record<string, string> = {}, method = 'POST') =>
  ({ method, url: '/graphql', headers }) as unknown as IncomingMessage;
const BODY = { query: '{ district(code: "018") { name } }' };
const ANSWER = '{"data":{"district":{"name":"Huyện Gia Lâm"}}}';

describe('answer cache in front of Apollo', () => {
  const generation = memoryGeneration();
  const cache = new AnswerCache(generation, (r) => !r.headers.authorization);

  async function keepAnswer(cacheControl: string, text = ANSWER, status = 200) {
    const { ticket } = await cache.lookup(req(), BODY);
    expect(ticket).toBeDefined();
    await cache.keep(ticket!, status, cacheControl, text);
    return cache.lookup(req(), BODY);
  }

  test('a public answer is kept for its max-age and served with its age', async () => {
    const { hit } = await keepAnswer('max-age=60, public');
    expect(hit?.text).toBe(ANSWER);
    expect(hit?.headers['cache-control']).toBe('max-age=60, public');
    expect(hit?.headers.age).toBe('0');
    // Another body is another answer.
    expect((await cache.lookup(req(), { query: '{ districts { code } }' })).hit).toBeUndefined();
  });

  test('private, uncacheable, failed or erroneous answers are not kept', async () => {
    await generation.bump();
    expect((await keepAnswer('max-age=60, private')).hit).toBeUndefined();
    expect((await keepAnswer('no-store')).hit).toBeUndefined();
    expect((await keepAnswer('max-age=0, public')).hit).toBeUndefined();
    expect((await keepAnswer('max-age=60, public', ANSWER, 500)).hit).toBeUndefined();
    expect((await keepAnswer('max-age=60, public', '{"errors":[{"message":"x"}],"data":null}')).hit).toBeUndefined();
  });

  test('a write (generation bump) makes kept answers unreachable', async () => {
    expect((await keepAnswer('max-age=60, public')).hit).toBeDefined();
    await generation.bump();
    expect((await cache.lookup(req(), BODY)).hit).toBeUndefined();
  });

  test('callers with a token, GETs and no-cache requests are never served from it', async () => {
    expect((await keepAnswer('max-age=60, public')).hit).toBeDefined();
    expect(await cache.lookup(req({ authorization: 'Bearer x' }), BODY)).toEqual({});
    expect(await cache.lookup(req({}, 'GET'), BODY)).toEqual({});
    const fresh = await cache.lookup(req({ 'cache-control': 'no-cache' }), BODY);
    expect(fresh.hit).toBeUndefined();
    expect(fresh.ticket).toBeDefined();
  });

  test('an answer is gone once its max-age has passed', async () => {
    await generation.bump();
    const now = Date.now();
    const spy = jest.spyOn(Date, 'now').mockReturnValue(now);
    try {
      expect((await keepAnswer('max-age=5, public')).hit).toBeDefined();
      spy.mockReturnValue(now + 4_000);
      expect((await cache.lookup(req(), BODY)).hit?.headers.age).toBe('4');
      spy.mockReturnValue(now + 5_000);
      expect((await cache.lookup(req(), BODY)).hit).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });

  test('what is kept stays within its count and size bounds, oldest out first', async () => {
    const small = new AnswerCache(memoryGeneration(), () => true, { entries: 3, totalChars: 100 });
    const keep = async (query: string, text: string) => {
      const { ticket } = await small.lookup(req(), { query });
      await small.keep(ticket!, 200, 'max-age=60, public', text);
    };
    for (const q of ['a', 'b', 'c', 'd']) await keep(q, `{"data":"${q}"}`);
    expect(small.size.entries).toBe(3);
    expect((await small.lookup(req(), { query: 'a' })).hit).toBeUndefined();
    expect((await small.lookup(req(), { query: 'd' })).hit?.text).toBe('{"data":"d"}');
    await keep('big', `{"data":"${'x'.repeat(80)}"}`);
    expect(small.size.chars).toBeLessThanOrEqual(100);
    expect((await small.lookup(req(), { query: 'big' })).hit).toBeDefined();
    expect((await small.lookup(req(), { query: 'b' })).hit).toBeUndefined();
  });

  test('an answer that came from a cache with an age is kept only for what is left of its max-age', async () => {
    await generation.bump();
    const now = Date.now();
    const spy = jest.spyOn(Date, 'now').mockReturnValue(now);
    try {
      const { ticket } = await cache.lookup(req(), BODY);
      await cache.keep(ticket!, 200, 'max-age=60, public', ANSWER, '45');
      spy.mockReturnValue(now + 10_000);
      expect((await cache.lookup(req(), BODY)).hit?.headers.age).toBe('55');
      spy.mockReturnValue(now + 15_000);
      expect((await cache.lookup(req(), BODY)).hit).toBeUndefined();
      // Already at the end of its life: not kept at all.
      const again = await cache.lookup(req(), BODY);
      await cache.keep(again.ticket!, 200, 'max-age=60, public', ANSWER, '60');
      expect((await cache.lookup(req(), BODY)).hit).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });

  test('an answer is not kept when a write moved the generation while it was computed', async () => {
    await generation.bump();
    const { ticket } = await cache.lookup(req(), BODY);
    const before = cache.size.entries;
    await generation.bump();
    await cache.keep(ticket!, 200, 'max-age=60, public', ANSWER);
    expect(cache.size.entries).toBe(before);
  });
});
