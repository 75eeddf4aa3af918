import { answerMemo } from '../../subgraphs/shared/answerMemo';
import { reformSubgraph } from '../../subgraphs/reform/reformSubgraph';
import { seedReform } from '../../subgraphs/reform/seed/seedReform';
import { seedVariant } from '../support/seedVariant';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';

// The level on the window's last day: a district procedure is the commune level's from 2025-07-01.
const PROCEDURE =
  'procedure { code name level(on: "2021-05-19") timeLimitDays simplifications { decisionDate timeLimitBefore timeLimitAfter } }';
const LINKS = `procedureLinks { level procedureCode
  districtProcedure { ${PROCEDURE} reformTasks { code } }
  communeProcedure { ${PROCEDURE} reformTasks { code } } }`;
const PLAN_LINKS = `{ reformPlan(districtCode: "018", year: 2021) { tasks { code ${LINKS} } } }`;

/** Reform tasks point at procedures owned by the district and commune subgraphs, through federation. */
describe('from a reform task to the procedures it simplifies, and back', () => {
  let seeded: RunningSupergraph;
  let spread: RunningSupergraph;

  beforeAll(async () => {
    seeded = await startSupergraph();
    // The same plan with links on every task: costs must not grow with the number of tasks.
    const database = testDatabase('reform', 'manylinks');
    await seedVariant(database, reformSubgraph, async (ds) => {
      await seedReform(ds);
      const tasks: Array<{ id: number }> = await ds.query('SELECT id FROM reform_task');
      for (const [i, task] of tasks.entries()) {
        await ds.query('INSERT INTO task_procedure (task_id, level, procedure_code) VALUES (?, ?, ?)', [
          task.id,
          i % 2 ? 'DISTRICT' : 'COMMUNE',
          i % 2 ? '1.001612' : '1.001193',
        ]);
      }
    });
    spread = await startSupergraph({ reform: database });
  });
  afterAll(async () => {
    await seeded?.stop();
    await spread?.stop();
  });

  test('the simplification task links the 43 procedures simplified in the window, each served by its level', async () => {
    const response = await seeded.queryGateway(`{ reformTask(code: "CCHC-2021-03") { ${LINKS} } }`);
    expect(response.body.errors).toBeUndefined();
    const links = response.body.data.reformTask.procedureLinks;
    expect(links.filter((l: any) => l.level === 'DISTRICT')).toHaveLength(23);
    expect(links.filter((l: any) => l.level === 'COMMUNE')).toHaveLength(20);
    for (const link of links) {
      const entity = link.level === 'DISTRICT' ? link.districtProcedure : link.communeProcedure;
      expect(link.level === 'DISTRICT' ? link.communeProcedure : link.districtProcedure).toBeNull();
      expect(entity.procedure.code).toBe(link.procedureCode);
      expect(entity.procedure.level).toBe(link.level);
      // The time limit before and after: the decision inside the window cut it to today's limit.
      const decision = entity.procedure.simplifications.at(-1);
      expect(decision.decisionDate >= '2020-12-16' && decision.decisionDate <= '2021-05-19').toBe(true);
      expect(decision.timeLimitAfter).toBe(entity.procedure.timeLimitDays);
      expect(decision.timeLimitBefore).toBeGreaterThan(decision.timeLimitAfter);
      expect(entity.reformTasks.map((t: any) => t.code)).toContain('CCHC-2021-03');
    }
  });

  test('from a procedure, the tasks that touch it', async () => {
    const response = await seeded.queryGateway(
      `{ reformTask(code: "CCHC-2021-20") { procedureLinks { procedureCode } } }`,
    );
    const code = response.body.data.reformTask.procedureLinks[0].procedureCode;
    const back = await seeded.queryGateway(
      `query($c: String!) { districtProcedure(code: $c) { procedure { sector } reformTasks { code } } }`,
      { c: code },
    );
    expect(back.body.data.districtProcedure).toEqual({
      procedure: { sector: 'Đất đai' },
      reformTasks: [{ code: 'CCHC-2021-03' }, { code: 'CCHC-2021-20' }],
    });
    // A district procedure is in the commune catalogue too, as the commune level's from 2025-07-01.
    const unknown = await seeded.queryGateway(
      `{ districtProcedure(code: "9.999999") { code }
         communeProcedure(code: "1.001612") { procedure { then: level(on: "2021-05-19") now: level(on: "2025-07-01") } } }`,
    );
    expect(unknown.body.data).toEqual({
      districtProcedure: null,
      communeProcedure: { procedure: { then: 'DISTRICT', now: 'COMMUNE' } },
    });
  });

  test('a plan with links on 2 tasks or on all 21 costs the same subgraph fetches and SQL statements', async () => {
    const cost = async (supergraph: RunningSupergraph) => {
      // What a first answer costs: nothing remembered by the subgraphs (answerMemo.ts).
      for (const app of Object.values(supergraph.apps)) answerMemo(app.dataSource).clear();
      supergraph.resetCounters();
      const response = await supergraph.queryGateway(PLAN_LINKS);
      expect(response.body.errors).toBeUndefined();
      const tasksWithLinks = response.body.data.reformPlan.tasks.filter((t: any) => t.procedureLinks.length > 0).length;
      return { tasksWithLinks, fetches: { ...supergraph.fetches }, statements: supergraph.statements() };
    };
    const few = await cost(seeded);
    const many = await cost(spread);
    expect([few.tasksWithLinks, many.tasksWithLinks]).toEqual([2, 21]);
    expect(many.fetches).toEqual(few.fetches);
    expect(many.statements).toEqual(few.statements);
    // reform answers the plan, tasks, links and each procedure's tasks in one fetch; district and
    // commune resolve their procedures in one fetch each: per subgraph, not per task or link.
    expect(few.fetches).toEqual({ reform: 1, district: 1, commune: 1 });
  });
});
