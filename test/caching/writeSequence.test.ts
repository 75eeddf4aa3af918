import type { IncomingMessage } from 'node:http';
import { AnswerCache } from '../../gateway/caching/answerCache';
import { DependencyTally } from '../../gateway/caching/dependencyTally';
import { DEPENDS_HEADER, TOUCHED_HEADER, unitsOfHeader } from '../../subgraphs/shared/answerDependencies';
import { memoryGeneration } from '../../subgraphs/shared/dataGeneration';

/** The write sequence (dataGeneration.ts) and what a request's subgraph exchanges said (dependencyTally.ts). */
const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
const READ = 'query Q__district__0 { district(code: "018") { name } }';
const WRITE = 'mutation M__commune__0($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { status } }';

describe('what the subgraphs said a request read and wrote', () => {
  test('headers name units, none, or (missing, malformed) everything', () => {
    expect(unitsOfHeader('unit:00583,unit:018')).toEqual(['00583', '018']);
    expect(unitsOfHeader('none')).toEqual([]);
    expect(unitsOfHeader(null)).toBeNull();
    expect(unitsOfHeader('unit:00583,district:018')).toBeNull();
    expect(unitsOfHeader('')).toBeNull();
  });

  test('an answer depends on the units named only when every exchange named its units', () => {
    const tally = new DependencyTally();
    expect(tally.dependsOn()).toBeNull(); // nothing fetched: nothing said
    tally.sent(READ);
    tally.sent(READ);
    tally.received(READ, headers({ [DEPENDS_HEADER]: 'unit:018' }));
    expect(tally.dependsOn()).toBeNull(); // one exchange said nothing (yet, or ever)
    tally.received(READ, headers({ [DEPENDS_HEADER]: 'unit:00583' }));
    expect(tally.dependsOn()).toEqual(['00583', '018']);
    tally.sent(READ);
    tally.received(READ, headers({}));
    expect(tally.dependsOn()).toBeNull();
  });

  test('a write touched only the units named when every write exchange named them', () => {
    const tally = new DependencyTally();
    tally.sent(WRITE);
    expect(tally.touchedUnits()).toBeNull(); // failed or unanswered: anything
    tally.received(WRITE, headers({ [TOUCHED_HEADER]: 'unit:00583' }));
    tally.sent(READ); // the write's own follow-up read touches nothing
    tally.received(READ, headers({}));
    expect(tally.touchedUnits()).toEqual(['00583']);
    expect(tally.dependsOn()).toBeNull(); // a mutation's answer is never kept as a read
    expect(new DependencyTally().touchedUnits()).toBeNull();
  });
});

describe('the write sequence', () => {
  const generation = memoryGeneration();

  test('a unit write moves only that unit; an everything write moves all; an answer that read anything sees every write', async () => {
    const s0 = await generation.current();
    expect((await generation.unchangedSince(s0, ['00583'])).unchanged).toBe(true);
    await generation.bumpUnits(['00526']);
    expect((await generation.unchangedSince(s0, ['00583', '018'])).unchanged).toBe(true);
    expect((await generation.unchangedSince(s0, ['00526'])).unchanged).toBe(false);
    expect((await generation.unchangedSince(s0, null)).unchanged).toBe(false);
    expect((await generation.unchangedSince(s0, [])).unchanged).toBe(true);
    const s1 = await generation.current();
    await generation.bump();
    expect((await generation.unchangedSince(s1, [])).unchanged).toBe(false);
    expect((await generation.unchangedSince(s1, ['00583'])).unchanged).toBe(false);
  });

  test('the fast path keeps an answer with its units and serves it across writes to other units only', async () => {
    const cache = new AnswerCache(generation, () => true);
    const req = () => ({ method: 'POST', url: '/graphql', headers: {} }) as unknown as IncomingMessage;
    const body = { query: READ };
    const { ticket } = await cache.lookup(req(), body);
    ticket!.dependencies.sent(READ);
    ticket!.dependencies.received(READ, headers({ [DEPENDS_HEADER]: 'unit:00583' }));
    await cache.keep(ticket!, 200, 'max-age=60, public', '{"data":{}}');
    expect((await cache.lookup(req(), body)).hit).toBeDefined();
    await generation.bumpUnits(['00526']);
    expect((await cache.lookup(req(), body)).hit).toBeDefined();
    await generation.bumpUnits(['00583']);
    expect((await cache.lookup(req(), body)).hit).toBeUndefined();
  });

  test('an answer is not kept when a unit it read was written while it was computed', async () => {
    const cache = new AnswerCache(generation, () => true);
    const req = () => ({ method: 'POST', url: '/graphql', headers: {} }) as unknown as IncomingMessage;
    const body = { query: `${READ} # race` };
    const { ticket } = await cache.lookup(req(), body);
    ticket!.dependencies.sent(READ);
    ticket!.dependencies.received(READ, headers({ [DEPENDS_HEADER]: 'unit:00583' }));
    await generation.bumpUnits(['00583']);
    await cache.keep(ticket!, 200, 'max-age=60, public', '{"data":{}}');
    expect((await cache.lookup(req(), body)).hit).toBeUndefined();
  });
});
