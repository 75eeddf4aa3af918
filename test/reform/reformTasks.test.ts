import { readFileSync } from 'node:fs';
import { answerMemo } from '../../subgraphs/shared/answerMemo';
import { readCsv } from '../../subgraphs/shared/csv';
import { vnDate } from '../../subgraphs/shared/dates';
import { repoFile } from '../../subgraphs/shared/paths';
import { identity, openReformWriter } from './reformWriter';

type Writer = Awaited<ReturnType<typeof openReformWriter>>;
let w: Writer;
beforeAll(async () => {
  w = await openReformWriter('reformtasks');
});
afterAll(() => w.close());

const PLAN = `query Plan($asOf: Date!) { reformPlan(districtCode: "018", year: 2021) {
  taskCount progress(asOf: $asOf) { total completed completionRate } } }`;
const TASK = `query Task($code: String!) { reformTask(code: $code) {
  code version status title deadline leadUnit evidence notes { text by } statusHistory { status by evidence }
  history { action by requestId oldValues newValues } directives { number } procedureLinks { level procedureCode } } }`;

async function task(code: string) {
  return (await w.run(TASK, { code })).data!.reformTask;
}
const code = (result: { errors?: Array<{ extensions?: any }> }) => result.errors?.[0]?.extensions?.code;

describe('a planner runs the 2021 plan', () => {
  test('the seed reproduces F2-F3 and current progress is 19 of 21', async () => {
    expect((await w.run(PLAN, { asOf: '2021-06-10' })).data!.reformPlan).toEqual({
      taskCount: 21,
      progress: { total: 21, completed: 12, completionRate: 57.14 },
    });
    expect((await w.run(PLAN, { asOf: vnDate(new Date()) })).data!.reformPlan.progress).toEqual({
      total: 21,
      completed: 19,
      completionRate: 90.48,
    });
  });

  test('completing, reopening and adding a task move current progress and leave 10 June as it was', async () => {
    const t06 = await task('CCHC-2021-06');
    expect(t06).toMatchObject({ status: 'IN_PROGRESS', version: 1 });
    const done = await w.run(
      `mutation { completeReformTask(code: "CCHC-2021-06", version: 1, evidence: "312/BC-UBND", note: "Đã hoàn thành") { code version status evidence } }`,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeReformTask).toEqual({
      code: 'CCHC-2021-06',
      version: 2,
      status: 'COMPLETED',
      evidence: ['312/BC-UBND'],
    });

    const reopened = await w.run(
      `mutation { reopenReformTask(code: "CCHC-2021-01", version: 1, note: "Bổ sung nội dung") { status version } }`,
    );
    expect(reopened.data!.reopenReformTask).toEqual({ status: 'IN_PROGRESS', version: 2 });

    const created = await w.run(
      `mutation($input: CreateReformTaskInput!) { createReformTask(input: $input) { code version status deadline coordinatingUnits } }`,
      {
        input: {
          districtCode: '018',
          planYear: 2021,
          code: 'CCHC-2021-22',
          title: 'Số hóa hồ sơ, kết quả giải quyết TTHC',
          content: 'Số hóa 100% hồ sơ tiếp nhận tại bộ phận một cửa.',
          leadUnit: 'Văn phòng HĐND và UBND huyện',
          coordinatingUnits: ['Phòng Nội vụ', 'UBND các xã, thị trấn'],
          deadline: '2021-12-15',
          expectedOutput: 'Báo cáo kết quả số hóa',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createReformTask).toEqual({
      code: 'CCHC-2021-22',
      version: 1,
      status: 'NOT_STARTED',
      deadline: '2021-12-15',
      coordinatingUnits: ['Phòng Nội vụ', 'UBND các xã, thị trấn'],
    });

    // Today: 22 tasks, 19 + 06 - 01 = 19 completed. On 10 June 2021: exactly as reported.
    expect((await w.run(PLAN, { asOf: vnDate(new Date()) })).data!.reformPlan).toEqual({
      taskCount: 22,
      progress: { total: 22, completed: 19, completionRate: 86.36 },
    });
    expect((await w.run(PLAN, { asOf: '2021-06-10' })).data!.reformPlan.progress).toEqual({
      total: 21,
      completed: 12,
      completionRate: 57.14,
    });
  });

  test('every change is in the history with who, the request and the old and new values', async () => {
    const t = await task('CCHC-2021-06');
    expect(t.history).toHaveLength(1);
    expect(t.history[0]).toMatchObject({ action: 'COMPLETE', by: 'planner-1' });
    expect(JSON.parse(t.history[0].oldValues)).toEqual({ status: 'IN_PROGRESS' });
    expect(JSON.parse(t.history[0].newValues)).toEqual({ status: 'COMPLETED' });
    expect(t.history[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.statusHistory.map((s: any) => s.status)).toEqual(['IN_PROGRESS', 'COMPLETED']);
    expect(t.notes.at(-1)).toEqual({ text: 'Đã hoàn thành', by: 'planner-1' });
  });

  test('notes, evidence and links are recorded and shown', async () => {
    let version = (await task('CCHC-2021-13')).version;
    const steps = [
      `addReformTaskNote(code: "CCHC-2021-13", version: $v, note: "Đang khảo sát mức độ hài lòng")`,
      `addReformTaskEvidence(code: "CCHC-2021-13", version: $v, evidence: "77/BC-UBND")`,
      `linkProcedureToTask(code: "CCHC-2021-13", version: $v, level: COMMUNE, procedureCode: "1.001193")`,
      `linkDirectiveToTask(code: "CCHC-2021-13", version: $v, directiveNumber: "12/KH-UBND")`,
    ];
    for (const step of steps) {
      const result = await w.run(`mutation($v: Int!) { ${step.split('(')[0]}: ${step} { version } }`, { v: version });
      expect(result.errors).toBeUndefined();
      version++;
    }
    const t = await task('CCHC-2021-13');
    expect(t.version).toBe(version);
    expect(t.evidence).toEqual(['77/BC-UBND']);
    expect(t.notes.map((n: any) => n.text)).toContain('Đang khảo sát mức độ hài lòng');
    expect(t.procedureLinks).toEqual([{ level: 'COMMUNE', procedureCode: '1.001193' }]);
    expect(t.directives.map((d: any) => d.number)).toEqual(['12/KH-UBND', '36/KH-UBND']);
    expect(t.history.map((h: any) => h.action)).toEqual([
      'ADD_NOTE',
      'ADD_EVIDENCE',
      'LINK_PROCEDURE',
      'LINK_DIRECTIVE',
    ]);
  });
});

describe('concurrency and idempotency', () => {
  test('two writers with the same version: exactly one wins, the other gets CONFLICT, one change is recorded', async () => {
    const { version } = await task('CCHC-2021-02');
    const update = (title: string) =>
      w.run(
        `mutation($v: Int!, $t: String!) { updateReformTask(code: "CCHC-2021-02", version: $v, input: { title: $t }) { title version } }`,
        {
          v: version,
          t: title,
        },
      );
    const results = await Promise.all([update('Tiêu đề A'), update('Tiêu đề B')]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(code)).toEqual(['CONFLICT']);
    const t = await task('CCHC-2021-02');
    expect(t.version).toBe(version + 1);
    expect(t.title).toBe(winners[0].data!.updateReformTask.title);
    expect(t.history.filter((h: any) => h.action === 'UPDATE')).toHaveLength(1);
  });

  test('a stale version is CONFLICT and changes nothing', async () => {
    const before = await w.rowCounts();
    const result = await w.run(`mutation { startReformTask(code: "CCHC-2021-22", version: 99) { version } }`);
    expect(code(result)).toBe('CONFLICT');
    expect(await w.rowCounts()).toEqual(before);
  });

  test('replaying with an idempotency key returns the first result and changes nothing', async () => {
    const { version } = await task('CCHC-2021-22');
    const start = () =>
      w.run(
        `mutation($v: Int!) { startReformTask(code: "CCHC-2021-22", version: $v, note: "Bắt đầu", idempotencyKey: "start-22") { code version status } }`,
        { v: version },
      );
    const first = await start();
    expect(first.data!.startReformTask).toEqual({ code: 'CCHC-2021-22', version: version + 1, status: 'IN_PROGRESS' });
    const counts = await w.rowCounts();
    const replay = await start();
    expect(replay.errors).toBeUndefined();
    expect(replay.data).toEqual(first.data);
    expect(await w.rowCounts()).toEqual(counts);
  });

  test('the same key with another request is CONFLICT', async () => {
    const result = await w.run(
      `mutation { startReformTask(code: "CCHC-2021-13", version: 1, idempotencyKey: "start-22") { version } }`,
    );
    expect(code(result)).toBe('CONFLICT');
    expect(result.errors![0].message).toMatch(/already used for a different request/);
  });
});

describe('who may write', () => {
  test.each(['anonymous', 'integrator', 'desk'] as const)(
    '%s gets FORBIDDEN for every mutation and no row changes',
    async (role) => {
      const before = await w.rowCounts();
      const attempts = [
        `mutation { startReformTask(code: "CCHC-2021-13", version: 1) { version } }`,
        `mutation { addReformTaskNote(code: "CCHC-2021-13", version: 1, note: "x") { version } }`,
        `mutation { createReformTask(input: { districtCode: "018", planYear: 2021, code: "X-1", title: "x", content: "x", leadUnit: "x", deadline: "2021-12-01", expectedOutput: "x" }) { version } }`,
        `mutation { recordDirective(input: { districtCode: "018", number: "1/X", issuedOn: "2021-07-01", type: NOTICE, issuer: "x", title: "x" }) { number } }`,
      ];
      for (const attempt of attempts) expect(code(await w.run(attempt, {}, identity(role)))).toBe('FORBIDDEN');
      expect(await w.rowCounts()).toEqual(before);
    },
  );

  test('admin may write too', async () => {
    const result = await w.run(
      `mutation { recordDirective(input: { districtCode: "018", number: "250/KH-UBND", issuedOn: "2021-07-02", type: PLAN, issuer: "UBND huyện Gia Lâm", title: "Kế hoạch bổ sung" }) { number issuedOn type } }`,
      {},
      identity('admin'),
    );
    expect(result.data!.recordDirective).toEqual({ number: '250/KH-UBND', issuedOn: '2021-07-02', type: 'PLAN' });
  });
});

describe('bad input is BAD_USER_INPUT naming the field, and stores nothing', () => {
  const create = (input: Record<string, unknown>) =>
    w.run(`mutation($input: CreateReformTaskInput!) { createReformTask(input: $input) { code } }`, {
      input: {
        districtCode: '018',
        planYear: 2021,
        code: 'CCHC-2021-30',
        title: 't',
        content: 'c',
        leadUnit: 'u',
        deadline: '2021-12-01',
        expectedOutput: 'o',
        ...input,
      },
    });
  test.each([
    ['a blank title', { title: '   ' }, 'input.title'],
    ['a title of 501 characters', { title: 'x'.repeat(501) }, 'input.title'],
    ['a lower-case code', { code: 'lower-case' }, 'input.code'],
    ['a deadline years after the plan', { deadline: '2025-01-01' }, 'input.deadline'],
    ['a control character', { leadUnit: 'a\u0000b' }, 'input.leadUnit'],
    ['an impossible plan year', { planYear: 1899 }, 'year'],
  ])('%s', async (_label, input, field) => {
    const before = await w.rowCounts();
    const result = await create(input);
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.argument).toBe(field);
    expect(await w.rowCounts()).toEqual(before);
  });

  test('a transition the status does not allow names the rule', async () => {
    const result = await w.run(
      `mutation { completeReformTask(code: "CCHC-2021-04", version: 1, evidence: "1/BC") { version } }`,
    );
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toBe('task CCHC-2021-04 is COMPLETED; COMPLETE needs it to be IN_PROGRESS');
  });

  test('an unknown task is NOT_FOUND, an existing code is CONFLICT', async () => {
    expect(code(await w.run(`mutation { startReformTask(code: "NOPE-1", version: 1) { version } }`))).toBe('NOT_FOUND');
    expect(code(await create({ code: 'CCHC-2021-01' }))).toBe('CONFLICT');
  });
});

describe('history is append-only in the database itself', () => {
  test.each(['task_audit', 'task_status_change'])('UPDATE and DELETE on %s are refused', async (table) => {
    const [before] = await w.ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
    await expect(w.ds.query(`UPDATE ${table} SET changed_by = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(w.ds.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
    const [after] = await w.ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('reports', () => {
  const REPORT = `{ reformPlan(districtCode: "018", year: 2021) {
    byUnit: progressByLeadUnit(asOf: "2021-06-10") { leadUnit total completed completionRate }
    august: overdueTasks(asOf: "2021-08-01") { code }
    semi: periodReport(period: SEMI_ANNUAL) { from to progress { total completed } completedInPeriod directiveCount overdueTasks { code } }
    annual: periodReport(period: ANNUAL) { from to progress { completed } overdueTasks { code } }
    directives(from: "2021-01-01", to: "2021-06-30") { number issuedOn }
  } }`;
  let plan: any;
  const seedTasks: Array<{ code: string; leadUnit: string; history: Array<{ status: string; at: string }> }> =
    JSON.parse(readFileSync(repoFile('subgraphs', 'reform', 'seed', 'tasks.json'), 'utf8')).tasks;
  const directives = readCsv(repoFile('subgraphs', 'reform', 'seed', 'directives.csv'));
  /** Independent of the API: the seed file's status of a task at the end of a Hà Nội day. */
  const completedOn = (day: string) =>
    seedTasks.filter((t) => t.history.filter((h) => vnDate(new Date(h.at)) <= day).at(-1)?.status === 'COMPLETED');

  beforeAll(async () => {
    const result = await w.run(REPORT);
    expect(result.errors).toBeUndefined();
    plan = result.data.reformPlan;
  });

  test('progress per lead unit adds up to 12 of 21 on 10 June, each unit counted from the seed file', () => {
    expect(plan.byUnit.reduce((s: number, u: any) => s + u.total, 0)).toBe(21);
    expect(plan.byUnit.reduce((s: number, u: any) => s + u.completed, 0)).toBe(12);
    for (const unit of plan.byUnit) {
      expect(unit.total).toBe(seedTasks.filter((t) => t.leadUnit === unit.leadUnit).length);
      expect(unit.completed).toBe(completedOn('2021-06-10').filter((t) => t.leadUnit === unit.leadUnit).length);
    }
  });

  test('overdue on a day: CCHC-2021-03 reopened on 12 July past its 30 June deadline', () => {
    expect(plan.august).toEqual([{ code: 'CCHC-2021-03' }]);
  });

  test('the six-month report runs 15 Dec 2020 - 14 Jun 2021 on the ministry cycle', () => {
    const inWindow = directives.filter((d) => d.date >= '2020-12-15' && d.date <= '2021-06-14').length;
    expect(plan.semi).toEqual({
      from: '2020-12-15',
      to: '2021-06-14',
      progress: { total: 21, completed: completedOn('2021-06-14').length },
      completedInPeriod: completedOn('2021-06-14').length,
      directiveCount: inWindow,
      overdueTasks: [],
    });
    expect(plan.semi.progress.completed).toBe(13);
  });

  test('the annual report runs to 14 December: CCHC-2021-06 is overdue then', () => {
    expect(plan.annual.from).toBe('2020-12-15');
    expect(plan.annual.to).toBe('2021-12-14');
    expect(plan.annual.progress.completed).toBe(completedOn('2021-12-14').length);
    expect(plan.annual.overdueTasks).toEqual([{ code: 'CCHC-2021-06' }]);
  });

  test('directives of the first half are the 34 of F1, in date order', () => {
    expect(plan.directives).toHaveLength(34);
    const dates = plan.directives.map((d: any) => d.issuedOn);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('SQL statements per request stay bounded', () => {
  test('a plan with every task, its history, notes, directives and links costs the same as the plan alone plus a fixed few', async () => {
    answerMemo(w.app.dataSource).clear();
    w.app.statements.count = 0;
    const result =
      await w.run(`{ reformPlan(districtCode: "018", year: 2021) { tasks { code status overdue(asOf: "2021-10-01")
      notes { text } evidence history { action } directives { number tasks { code } } procedureLinks { procedureCode } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.reformPlan.tasks.length).toBeGreaterThanOrEqual(21);
    // the reform data's counter, plan, tasks, status changes, audit, links to directives +
    // directives, procedure links, then directive -> task links + tasks: one statement per
    // level, not per task (nothing remembered yet, answerMemo.ts).
    expect(w.app.statements.count).toBe(10);
  });
});
