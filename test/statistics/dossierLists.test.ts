import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import type { Identity } from '../../subgraphs/shared/auth/identity';
import { openSubgraph, type SubgraphApp } from '../../subgraphs/shared/subgraphApp';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';

const INTEGRATOR: Identity = { role: 'integrator', subject: 'test-integrator', unitCode: null };
const ANONYMOUS: Identity = { role: 'anonymous', subject: null, unitCode: null };

describe('dossier lists (integrators and admins only), checked on the district subgraph schema', () => {
  let app: SubgraphApp<any>;
  beforeAll(async () => {
    app = await openSubgraph(districtSubgraph, testDatabase('district'));
  });
  afterAll(() => app?.close());

  async function run(query: string, identity: Identity, variables: Record<string, unknown> = {}) {
    const result: any = await app.server.executeOperation(
      { query, variables },
      { contextValue: districtSubgraph.createContext(app.dataSource, identity) },
    );
    return result.body.singleResult;
  }
  const PAGE = `query($after: String) { district(code: "018") { dossiers(first: 7, after: $after, filter: { receivedFrom: "2021-05-31", receivedTo: "2021-05-31" }) {
    totalCount edges { cursor node { code status receivedOn history { status } } } pageInfo { hasNextPage endCursor } } } }`;

  test('anonymous callers get FORBIDDEN', async () => {
    const result = await run(PAGE, ANONYMOUS);
    expect(result.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  test('paging through a day never skips or repeats a dossier', async () => {
    const expected: string[] = (
      await app.dataSource.query(
        "SELECT code FROM dossier WHERE unit_code = '018' AND received_on = '2021-05-31' ORDER BY code",
      )
    ).map((r: any) => r.code);
    expect(expected.length).toBeGreaterThan(14);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result = await run(PAGE, INTEGRATOR, { after });
      expect(result.errors).toBeUndefined();
      const connection = result.data.district.dossiers;
      expect(connection.totalCount).toBe(expected.length);
      seen.push(...connection.edges.map((e: any) => e.node.code));
      for (const e of connection.edges) expect(e.node.history[0].status).toBe('RECEIVED');
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  test('a dossier by its code; null for another unit or an unknown code', async () => {
    const [{ code }] = await app.dataSource.query(
      "SELECT code FROM dossier WHERE unit_code = '018' ORDER BY code LIMIT 1",
    );
    const q = `query($code: String!) { district(code: "018") { dossier(code: $code) { code procedure { code level } dueOn } } }`;
    expect((await run(q, INTEGRATOR, { code })).data.district.dossier).toMatchObject({
      code,
      procedure: { level: 'DISTRICT' },
    });
    expect((await run(q, INTEGRATOR, { code: '00583-210531-0001' })).data.district.dossier).toBeNull();
  });

  test('page sizes above 100 and foreign cursors are BAD_USER_INPUT naming the argument', async () => {
    const big = await run(`{ district(code: "018") { dossiers(first: 101) { totalCount } } }`, INTEGRATOR);
    expect(big.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const bad = await run(`{ district(code: "018") { dossiers(after: "xyz") { totalCount } } }`, INTEGRATOR);
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  test('no public field exposes the applicant', async () => {
    const result = await run(`{ __type(name: "Dossier") { fields { name } } }`, ANONYMOUS);
    const names = result.data.__type.fields.map((f: any) => f.name);
    expect(names).toContain('code');
    expect(names.filter((n: string) => /applicant|idNumber/i.test(n))).toEqual([]);
  });
});

describe('the procedure catalogue through the gateway (public)', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph?.stop());

  test('paging through the 262 district procedures in force on 19 May 2021, 100 at a time', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    do {
      const response: any = await supergraph.queryGateway(
        `query($after: String) { districtProcedures(first: 100, after: $after, filter: { inForceOn: "2021-05-19" }) {
          totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const c = response.body.data.districtProcedures;
      expect(c.totalCount).toBe(262);
      codes.push(...c.edges.map((e: any) => e.node.code));
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
    } while (after);
    expect(codes).toHaveLength(262);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(262);
  });

  test('name search ignores case and diacritics; filters combine', async () => {
    const response = await supergraph.queryGateway(`{
      building: districtProcedures(filter: { name: "giay phep xay dung" }, first: 100) { totalCount edges { node { name } } }
      birth: communeProcedures(filter: { name: "khai sinh" }, first: 100) { totalCount edges { node { name level } } }
      simplified: communeProcedures(filter: { simplified: true, inForceOn: "2021-05-19" }) { totalCount }
    }`);
    expect(response.body.errors).toBeUndefined();
    const { building, birth } = response.body.data;
    expect(building.totalCount).toBeGreaterThan(0);
    for (const e of building.edges) expect(e.node.name.toLowerCase()).toContain('giấy phép xây dựng');
    expect(birth.totalCount).toBeGreaterThan(0);
    for (const e of birth.edges) expect(e.node).toMatchObject({ level: 'COMMUNE' });
    expect(birth.edges.some((e: any) => /Khai sinh|khai sinh/.test(e.node.name))).toBe(true);
  });
});
