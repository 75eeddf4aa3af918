import { readFileSync } from 'node:fs';
import type { DataSource, EntityManager } from 'typeorm';
import { readCsv } from '../../shared/csv';
import { vnDate } from '../../shared/dates';
import { repoFile } from '../../shared/paths';
import { bumpReformVersion } from '../reformVersion';
import { seedSatisfactionPlans } from './seedSatisfactionPlans';
import { DirectiveEntity, TaskDirectiveEntity, type DirectiveType } from '../entities/DirectiveEntity';
import { ReformPlanEntity } from '../entities/ReformPlanEntity';
import { ReformTaskEntity } from '../entities/ReformTaskEntity';
import { TaskProcedureEntity, type ProcedureLevel } from '../entities/TaskProcedureEntity';
import { TaskStatusChangeEntity, type TaskStatus } from '../entities/TaskStatusChangeEntity';

interface TaskFile {
  plan: { year: number; districtCode: string; title: string; directiveNumber: string };
  tasks: Array<{
    code: string;
    title: string;
    content: string;
    leadUnit: string;
    coordinatingUnits: string[];
    deadline: string;
    expectedOutput: string;
    directives: string[];
    history: Array<{ status: TaskStatus; at: string; by: string; note?: string | null; evidence?: string | null }>;
  }>;
}

type Directives = ReturnType<typeof readCsv>;

/** Gia Lâm's 2021 plan (21 tasks, 12 done by 10 June: F2-F3) and its directives (34 in H1: F1). */
export async function seedReform(ds: DataSource): Promise<void> {
  const file: TaskFile = JSON.parse(readFileSync(repoFile('subgraphs', 'reform', 'seed', 'tasks.json'), 'utf8'));
  const directives = readCsv(repoFile('subgraphs', 'reform', 'seed', 'directives.csv'));
  await ds.transaction(async (m) => {
    const directiveIds = await insertDirectives(m, file.plan.districtCode, directives);
    const plan = await m.getRepository(ReformPlanEntity).save({ ...file.plan });
    // The tasks entered the plan with the document that issued it.
    const planIssuedOn = directives.find((d) => d.number === file.plan.directiveNumber)?.date;
    if (!planIssuedOn) throw new Error(`the plan's document ${file.plan.directiveNumber} is not among the directives`);
    for (const t of file.tasks) await insertTask(m, plan.id!, planIssuedOn, t, directiveIds);
    await insertProcedureLinks(m);
    await seedSatisfactionPlans(m);
    await bumpReformVersion(m);
  });
}

async function insertDirectives(
  m: EntityManager,
  districtCode: string,
  directives: Directives,
): Promise<Map<string, number>> {
  const directiveIds = new Map<string, number>();
  for (const d of directives) {
    const saved = await m.getRepository(DirectiveEntity).save({
      districtCode,
      number: d.number,
      issuedOn: d.date,
      type: d.type as DirectiveType,
      issuer: d.issuer,
      title: d.title,
    });
    directiveIds.set(d.number, saved.id!);
  }
  return directiveIds;
}

/** A task with its status history and the directives it cites. */
async function insertTask(
  m: EntityManager,
  planId: number,
  createdOn: string,
  t: TaskFile['tasks'][number],
  directiveIds: Map<string, number>,
): Promise<void> {
  const task = await m.getRepository(ReformTaskEntity).save({
    planId,
    code: t.code,
    title: t.title,
    content: t.content,
    leadUnit: t.leadUnit,
    coordinatingUnits: t.coordinatingUnits,
    deadline: t.deadline,
    expectedOutput: t.expectedOutput,
    createdOn,
  });
  await m.getRepository(TaskStatusChangeEntity).insert(
    t.history.map((h) => ({
      taskId: task.id!,
      status: h.status,
      changedAt: new Date(h.at),
      changedOn: vnDate(new Date(h.at)),
      changedBy: h.by,
      note: h.note ?? null,
      evidence: h.evidence ?? null,
    })),
  );
  for (const number of t.directives) {
    const directiveId = directiveIds.get(number);
    if (directiveId === undefined) throw new Error(`task ${t.code} cites unknown directive ${number}`);
    await m.getRepository(TaskDirectiveEntity).insert({ taskId: task.id!, directiveId });
  }
}

/** Which procedures each task simplifies: references into the district and commune catalogues. */
async function insertProcedureLinks(m: EntityManager): Promise<void> {
  const taskIds = new Map((await m.getRepository(ReformTaskEntity).find()).map((t) => [t.code, t.id!]));
  const links = readCsv(repoFile('subgraphs', 'reform', 'seed', 'taskProcedures.csv')).map((row) => {
    const taskId = taskIds.get(row.taskCode);
    if (taskId === undefined) throw new Error(`taskProcedures.csv names unknown task ${row.taskCode}`);
    return { taskId, level: row.level as ProcedureLevel, procedureCode: row.procedureCode };
  });
  await m.getRepository(TaskProcedureEntity).insert(links);
}

export async function reformIsEmpty(ds: DataSource): Promise<boolean> {
  return (await ds.getRepository(ReformPlanEntity).count()) === 0;
}
