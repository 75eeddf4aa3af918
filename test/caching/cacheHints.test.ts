import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import type { Identity } from '../../subgraphs/shared/auth/identity';
import { MAX_AGE } from '../../subgraphs/shared/cacheHints';
import { addDays, vnDate } from '../../subgraphs/shared/dates';
import { openSubgraph, type SubgraphApp } from '../../subgraphs/shared/subgraphApp';
import { testDatabase } from '../support/testDatabases';

const ANONYMOUS: Identity = { role: 'anonymous', subject: null, unitCode: null };
const INTEGRATOR: Identity = { role: 'integrator', subject: 'test-integrator', unitCode: null };

/**
 * The Cache-Control a subgraph answer carries (subgraphs/shared/cacheHints.ts), read from the
 * operation: the gateway keeps answers for as long as these say, so each rule is checked here.
 */
describe("a subgraph answer's Cache-Control", () => {
  let app: SubgraphApp<any>;
  beforeAll(async () => {
    app = await openSubgraph(districtSubgraph, testDatabase('district'));
  });
  afterAll(() => app?.close());

  async function cacheControl(
    query: string,
    variables: Record<string, unknown> = {},
    identity: Identity = ANONYMOUS,
  ): Promise<{ header: string | undefined; errors: unknown }> {
    const response: any = await app.server.executeOperation(
      { query, variables },
      { contextValue: districtSubgraph.createContext(app.dataSource, identity) },
    );
    return { header: response.http.headers.get('cache-control'), errors: response.body.singleResult.errors };
  }

  const ENTITY = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Report { dissatisfactionComplaints } } }`;
  const report = (to: string) => ({
    representations: [
      { __typename: 'Report', districtCode: '018', from: '2021-01-01', to, communeDissatisfactionComplaints: 0 },
    ],
  });

  test('a window that ended before today: a day, public for anonymous callers and private for anyone else', async () => {
    expect(await cacheControl(ENTITY, report('2021-06-30'))).toEqual({
      header: `max-age=${MAX_AGE.closedWindow}, public`,
      errors: undefined,
    });
    expect((await cacheControl(ENTITY, report('2021-06-30'), INTEGRATOR)).header).toBe(
      `max-age=${MAX_AGE.closedWindow}, private`,
    );
  });

  test('a window that reaches today: a minute', async () => {
    const today = vnDate(new Date());
    expect((await cacheControl(ENTITY, report(today))).header).toBe(`max-age=${MAX_AGE.openWindow}, public`);
    expect((await cacheControl(ENTITY, report(addDays(today, -1)))).header).toBe(
      `max-age=${MAX_AGE.closedWindow}, public`,
    );
  });

  test('the smallest max-age of the fields wins: a root field without a window caps a closed one at an hour', async () => {
    const query = `{ district(code: "018") { name report(from: "2021-01-01", to: "2021-06-30") { districtCode } } }`;
    expect((await cacheControl(query)).header).toBe(`max-age=${MAX_AGE.noWindow}, public`);
  });

  test('a field of a type not listed as public makes the answer no-store, through a named fragment too', async () => {
    const list = `dossiers(first: 1, filter: { receivedFrom: "2021-05-31", receivedTo: "2021-05-31" }) { totalCount }`;
    const direct = `{ district(code: "018") { name ${list} } }`;
    const viaFragment = `query { district(code: "018") { ...Lists } } fragment Lists on District { name ${list} }`;
    for (const query of [direct, viaFragment]) {
      const { header, errors } = await cacheControl(query, {}, INTEGRATOR);
      expect(errors).toBeUndefined();
      expect(header).toBe('no-store');
    }
  });

  test('@skip and @include decide, with variables and their defaults, as execution does', async () => {
    const query = `query($lists: Boolean = false) { district(code: "018") { name
      dossiers(first: 1) @include(if: $lists) { totalCount } } }`;
    expect((await cacheControl(query, {}, INTEGRATOR)).header).toBe(`max-age=${MAX_AGE.noWindow}, private`);
    expect((await cacheControl(query, { lists: true }, INTEGRATOR)).header).toBe('no-store');
    const skipped = `query($noLists: Boolean!) { district(code: "018") { name dossiers(first: 1) @skip(if: $noLists) { totalCount } } }`;
    expect((await cacheControl(skipped, { noLists: true }, INTEGRATOR)).header).toBe(
      `max-age=${MAX_AGE.noWindow}, private`,
    );
  });

  test('mutations and answers with errors are no-store', async () => {
    const write = await cacheControl(
      `mutation($e: DeskEventInput!) { recordDistrictDeskEvent(event: $e) { status } }`,
      { e: { eventId: 'x', unitCode: '018', type: 'RECEIVED', at: 'not a time', reference: 'R' } },
    );
    expect(write.errors).toBeDefined();
    expect(write.header).toBe('no-store');
    const badWindow = await cacheControl(
      `{ district(code: "018") { report(from: "2021-06-30", to: "2021-01-01") { districtCode } } }`,
    );
    expect((badWindow.errors as any[])[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badWindow.header).toBe('no-store');
  });

  test('an entity of a type not listed as public is no-store', async () => {
    const entities = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on AreaThatWas { code } } }`;
    const area = { __typename: 'AreaThatWas', code: '018', from: '2021-01-01', to: '2021-06-30' };
    expect(await cacheControl(entities, { representations: [area] })).toEqual({
      header: 'no-store',
      errors: undefined,
    });
  });
});
