import { reformSubgraph } from '../../subgraphs/reform/reformSubgraph';
import { seedReform } from '../../subgraphs/reform/seed/seedReform';
import { vnDate } from '../../subgraphs/shared/dates';
import { countRows } from '../support/countRows';
import { seedVariant } from '../support/seedVariant';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';
import { tokenFor } from '../support/tokens';

/**
 * A year of the plan driven through the gateway as planning staff would, with real tokens:
 * F1-F3 stay exact as of their dates while the current progress moves.
 */
describe('planning staff run the plan through the gateway', () => {
  let supergraph: RunningSupergraph;
  let planner: string;
  const FIGURES = `{ district(code: "018") { reformPlan(year: 2021) {
    taskCount
    reported: progress(asOf: "2021-06-10") { total completed completionRate }
    directiveCount(from: "2021-01-01", to: "2021-06-30")
    today: progress(asOf: "${vnDate(new Date())}") { total completed }
  } } }`;
  const plan = async () => (await supergraph.queryGateway(FIGURES)).body.data.district.reformPlan;
  const version = async (code: string) =>
    (await supergraph.queryGateway(`query($c: String!) { reformTask(code: $c) { version } }`, { c: code })).body.data
      .reformTask.version;
  const as = (token: string | undefined, query: string, variables?: Record<string, unknown>) =>
    supergraph.queryGateway(query, variables, { token });
  const rows = () =>
    countRows(supergraph.apps.reform.dataSource, [
      'reform_task',
      'task_status_change',
      'task_audit',
      'idempotency_key',
      'directive',
    ]);

  beforeAll(async () => {
    const database = testDatabase('reform', 'plannerjourney');
    await seedVariant(database, reformSubgraph, seedReform);
    supergraph = await startSupergraph({ reform: database });
    planner = await tokenFor('planner', { subject: 'nguyen.van.a', districts: ['018'] });
  });
  afterAll(() => supergraph.stop());

  test('after 10 June the planner completes, starts, reopens and adds tasks; the reported figures never move', async () => {
    expect(await plan()).toEqual({
      taskCount: 21,
      reported: { total: 21, completed: 12, completionRate: 57.14 },
      directiveCount: 34,
      today: { total: 21, completed: 19 },
    });
    const steps: Array<[string, Record<string, unknown>]> = [
      [
        `mutation($v: Int!) { completeReformTask(code: "CCHC-2021-06", version: $v, evidence: "320/BC-UBND") { status } }`,
        { v: await version('CCHC-2021-06') },
      ],
      [
        `mutation($v: Int!) { completeReformTask(code: "CCHC-2021-13", version: $v, evidence: "321/BC-UBND") { status } }`,
        { v: await version('CCHC-2021-13') },
      ],
      [
        `mutation($v: Int!) { reopenReformTask(code: "CCHC-2021-14", version: $v, note: "Thiếu báo cáo tổng hợp") { status } }`,
        { v: await version('CCHC-2021-14') },
      ],
      [
        `mutation { createReformTask(input: { districtCode: "018", planYear: 2021, code: "CCHC-2021-22", title: "Rà soát TTHC lĩnh vực đất đai",
          content: "Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực đất đai.", leadUnit: "Phòng Tài nguyên và Môi trường",
          deadline: "2021-12-15", expectedOutput: "Báo cáo rà soát" }) { status } }`,
        {},
      ],
      [
        `mutation { recordDirective(input: { districtCode: "018", number: "400/UBND-NV", issuedOn: "${vnDate(new Date())}",
          type: OFFICIAL_LETTER, issuer: "UBND huyện Gia Lâm", title: "Đôn đốc thực hiện nhiệm vụ CCHC" }) { number } }`,
        {},
      ],
    ];
    for (const [query, variables] of steps) {
      const response = await as(planner, query, variables);
      expect(response.body.errors).toBeUndefined();
    }
    expect(await plan()).toEqual({
      taskCount: 22,
      reported: { total: 21, completed: 12, completionRate: 57.14 },
      directiveCount: 34,
      today: { total: 22, completed: 20 },
    });
  });

  test('the history names the planner from the token, never a client header', async () => {
    const response = await as(planner, `{ reformTask(code: "CCHC-2021-14") { history { action by } } }`);
    expect(response.body.data.reformTask.history).toEqual([{ action: 'REOPEN', by: 'nguyen.van.a' }]);
  });

  test('anonymous and integrator callers get FORBIDDEN for any mutation and no row changes', async () => {
    const before = await rows();
    const integrator = await tokenFor('integrator');
    for (const token of [undefined, integrator]) {
      for (const mutation of [
        `mutation { startReformTask(code: "CCHC-2021-22", version: 1) { status } }`,
        `mutation { addReformTaskNote(code: "CCHC-2021-22", version: 1, note: "x") { version } }`,
        `mutation { recordDirective(input: { districtCode: "018", number: "9/X", issuedOn: "2021-07-01", type: NOTICE, issuer: "x", title: "x" }) { number } }`,
      ]) {
        const response = await as(token, mutation);
        expect(response.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect(await rows()).toEqual(before);
  });

  test('two planners writing one task at once: one wins, the other gets CONFLICT, the history shows one change', async () => {
    const v = await version('CCHC-2021-22');
    const second = await tokenFor('planner', { subject: 'tran.thi.b', districts: ['018'] });
    const start = (token: string) =>
      as(token, `mutation($v: Int!) { startReformTask(code: "CCHC-2021-22", version: $v) { version } }`, { v });
    const results = await Promise.all([start(planner), start(second)]);
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.flatMap((r) => r.body.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    const history = (await as(planner, `{ reformTask(code: "CCHC-2021-22") { history { action } } }`)).body.data
      .reformTask.history;
    expect(history.map((h: any) => h.action)).toEqual(['CREATE', 'START']);
  });

  test('a replayed mutation with its idempotency key changes nothing', async () => {
    const v = await version('CCHC-2021-22');
    const note = () =>
      as(
        planner,
        `mutation($v: Int!) { addReformTaskNote(code: "CCHC-2021-22", version: $v, note: "Đã họp", idempotencyKey: "note-22-a") { version } }`,
        { v },
      );
    const first = await note();
    const before = await rows();
    const replay = await note();
    expect(replay.body).toEqual(first.body);
    expect(await rows()).toEqual(before);
  });
});
