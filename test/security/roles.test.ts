import { reformSubgraph } from '../../subgraphs/reform/reformSubgraph';
import { seedReform } from '../../subgraphs/reform/seed/seedReform';
import { countRows } from '../support/countRows';
import { seedVariant } from '../support/seedVariant';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';
import { tokenFor } from '../support/tokens';

/**
 * What each role may read and write of the reform data, through the gateway: the plan, its
 * tasks and their status are public; who did what is for planning staff; a planner writes only
 * for the districts its token names, and only with a subject.
 */
describe('reform roles through the gateway', () => {
  let supergraph: RunningSupergraph;
  const codes = (body: any): string[] => (body.errors ?? []).map((e: any) => e.extensions?.code);
  const tables = [
    'reform_task',
    'task_status_change',
    'task_audit',
    'idempotency_key',
    'directive',
    'task_procedure',
    'task_directive',
  ];
  const rows = () => countRows(supergraph.apps.reform.dataSource, tables);
  const version = async (code: string) =>
    (await supergraph.queryGateway(`query($c: String!) { reformTask(code: $c) { version } }`, { c: code })).body.data
      .reformTask.version;
  const NOTE = `mutation($c: String!, $v: Int!, $k: String) { addReformTaskNote(code: $c, version: $v, note: "Đã họp giao ban", idempotencyKey: $k) { version } }`;
  const AUDIT = `{ reformTask(code: "CCHC-2021-03") {
    code status version notes { text by } statusHistory { status by }
    history { action by requestId oldValues newValues } } }`;

  beforeAll(async () => {
    const database = testDatabase('reform', 'roles');
    await seedVariant(database, reformSubgraph, seedReform);
    supergraph = await startSupergraph({ reform: database });
    // One change with a known author, so the audit trail has a subject and a request id to hide.
    const planner = await tokenFor('planner', { subject: 'nguyen.van.audit', districts: ['018'] });
    const noted = await supergraph.queryGateway(
      NOTE,
      { c: 'CCHC-2021-03', v: await version('CCHC-2021-03') },
      { token: planner },
    );
    expect(noted.body.errors).toBeUndefined();
  });
  afterAll(() => supergraph.stop());

  describe('the audit trail', () => {
    test.each([
      ['anonymous', undefined],
      ['integrator', () => tokenFor('integrator')],
    ])('%s reads the task and its status, not who did what', async (_role, token) => {
      const { status, body } = await supergraph.queryGateway(AUDIT, {}, { token: token ? await token() : undefined });
      expect(status).toBe(200);
      const task = body.data.reformTask;
      expect(task).toMatchObject({ code: 'CCHC-2021-03', history: null });
      expect(task.notes.map((n: any) => n.text)).toContain('Đã họp giao ban');
      expect(task.notes.every((n: any) => n.by === null)).toBe(true);
      expect(task.statusHistory.length).toBeGreaterThan(0);
      expect(task.statusHistory.every((c: any) => c.by === null && typeof c.status === 'string')).toBe(true);
      expect(new Set(codes(body))).toEqual(new Set(['FORBIDDEN']));
      expect(body.errors!.some((e) => e.path?.join('.') === 'reformTask.history')).toBe(true);
      // Errors carry the request's id (extensions.requestId); the audit trail's own request ids must not show.
      const text = JSON.stringify(body).replace(/,"requestId":"[0-9a-f-]{36}"/g, '');
      expect(text).not.toContain('nguyen.van.audit');
      expect(text).not.toMatch(/requestId|oldValues|newValues/);
    });

    test.each([
      ['planner', () => tokenFor('planner', { districts: ['018'] })],
      ['admin', () => tokenFor('admin')],
    ])('%s reads the authors, request ids and values', async (_role, token) => {
      const { body } = await supergraph.queryGateway(AUDIT, {}, { token: await token() });
      expect(body.errors).toBeUndefined();
      const [change] = body.data.reformTask.history;
      expect(change).toMatchObject({ action: 'ADD_NOTE', by: 'nguyen.van.audit', oldValues: '{}' });
      expect(change.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.parse(change.newValues)).toEqual({ note: 'Đã họp giao ban' });
      expect(body.data.reformTask.notes.at(-1)).toEqual({ text: 'Đã họp giao ban', by: 'nguyen.van.audit' });
    });
  });

  describe('a planner is bound to the districts its token names', () => {
    const CREATE = `mutation($input: CreateReformTaskInput!) { createReformTask(input: $input) { code } }`;
    const input = {
      districtCode: '018',
      planYear: 2021,
      code: 'CCHC-2021-90',
      title: 'Rà soát quy trình nội bộ',
      content: 'Rà soát.',
      leadUnit: 'Phòng Nội vụ',
      deadline: '2021-12-15',
      expectedOutput: 'Báo cáo rà soát',
    };
    const DIRECTIVE = `mutation { recordDirective(input: { districtCode: "018", number: "99/KH-UBND", issuedOn: "2021-03-01",
      type: PLAN, issuer: "UBND huyện", title: "Kế hoạch" }) { number } }`;

    test('a planner of district 019 cannot change, create or record anything in district 018: FORBIDDEN, nothing written', async () => {
      const other = await tokenFor('planner', { subject: 'planner-019', districts: ['019'] });
      const before = await rows();
      const v = await version('CCHC-2021-05');
      const attempts = [
        await supergraph.queryGateway(NOTE, { c: 'CCHC-2021-05', v }, { token: other }),
        await supergraph.queryGateway(
          `mutation { startReformTask(code: "CCHC-2021-05", version: ${v}) { version } }`,
          {},
          { token: other },
        ),
        await supergraph.queryGateway(CREATE, { input }, { token: other }),
        await supergraph.queryGateway(DIRECTIVE, {}, { token: other }),
      ];
      for (const { body } of attempts) {
        expect(codes(body)).toEqual(['FORBIDDEN']);
        expect(body.errors![0].message).toMatch(/district 018 is refused: your token names district\(s\) 019 only/);
      }
      expect(await rows()).toEqual(before);
      expect(await version('CCHC-2021-05')).toBe(v);
    });

    test('a planner token naming no district writes nowhere', async () => {
      const unbound = await tokenFor('planner', { subject: 'planner-nowhere' });
      const { body } = await supergraph.queryGateway(
        NOTE,
        { c: 'CCHC-2021-05', v: await version('CCHC-2021-05') },
        { token: unbound },
      );
      expect(codes(body)).toEqual(['FORBIDDEN']);
      expect(body.errors![0].message).toMatch(/names no district/);
    });

    test('the planner of district 018 (and an admin) may', async () => {
      const own = await tokenFor('planner', { subject: 'planner-018', districts: ['019', '018'] });
      const created = await supergraph.queryGateway(CREATE, { input }, { token: own });
      expect(created.body).toEqual({ data: { createReformTask: { code: 'CCHC-2021-90' } } });
      const admin = await tokenFor('admin', { subject: 'admin-national' });
      const noted = await supergraph.queryGateway(NOTE, { c: 'CCHC-2021-90', v: 1 }, { token: admin });
      expect(noted.body).toEqual({ data: { addReformTaskNote: { version: 2 } } });
    });
  });

  test('a token without a subject cannot write, so no two such tokens share an idempotency scope', async () => {
    const before = await rows();
    for (const role of ['planner', 'admin'] as const) {
      const token = await tokenFor(role, { subject: null, districts: role === 'planner' ? ['018'] : undefined });
      const v = await version('CCHC-2021-07');
      const { body } = await supergraph.queryGateway(NOTE, { c: 'CCHC-2021-07', v, k: 'shared-key-1' }, { token });
      expect(codes(body)).toEqual(['FORBIDDEN']);
      expect(body.errors![0].message).toBe(
        'addReformTaskNote needs a token with a subject (the "sub" claim); this one has none',
      );
      // The same token still reads.
      expect(
        (await supergraph.queryGateway(`{ reformTask(code: "CCHC-2021-07") { status } }`, {}, { token })).status,
      ).toBe(200);
    }
    expect(await rows()).toEqual(before);
  });
});
