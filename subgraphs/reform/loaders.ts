import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { windowKey, type DateWindow } from '../shared/dates';
import { groupBy } from '../shared/groupBy';
import { answerMemo } from '../shared/answerMemo';
import { toCount } from '../desk/statistics/stats';
import { DirectiveEntity, TaskDirectiveEntity, type Directive } from './entities/DirectiveEntity';
import { ReformPlanEntity, type ReformPlan } from './entities/ReformPlanEntity';
import { ReformTaskEntity, type ReformTask } from './entities/ReformTaskEntity';
import { TaskAuditEntity, type TaskAudit } from './entities/TaskAuditEntity';
import { TaskProcedureEntity, type TaskProcedure } from './entities/TaskProcedureEntity';
import { TaskStatusChangeEntity, type TaskStatusChange } from './entities/TaskStatusChangeEntity';
import { readReformVersion } from './reformVersion';

export interface PlanKey {
  districtCode: string;
  year: number;
}

export interface DistrictWindowKey extends DateWindow {
  districtCode: string;
}

const districtWindowKey = (k: DistrictWindowKey) => `${k.districtCode}|${windowKey(k)}`;

type Remember = <K, V>(
  name: string,
  load: (keys: readonly K[]) => Promise<V[]>,
) => (keys: readonly K[]) => Promise<V[]>;

/** One query for a batch of parents' children, returned per parent in the parents' order. */
function childrenOf<K, V>(
  remember: Remember,
  name: string,
  load: (keys: K[]) => Promise<V[]>,
  parentOf: (row: V) => K,
) {
  return new DataLoader<K, V[]>(
    remember(name, async (keys: readonly K[]) => {
      const groups = groupBy(await load([...keys]), parentOf);
      return keys.map((key) => groups.get(key) ?? []);
    }),
  );
}

export function createReformLoaders(ds: DataSource) {
  // Every read is remembered across requests under the reform data's counter (reformVersion.ts),
  // read once per request and again after a write in it (clearLoaders): a dashboard's plan and
  // progress cost one statement until a planner changes something. With the memo off
  // (STATS_MEMO=off) nothing is kept under the counter, so it is not read.
  let version: Promise<string> | undefined;
  const remember: Remember = (name, load) => async (keys) => {
    const memo = answerMemo(ds);
    if (!memo.enabled) return load(keys);
    return memo.answerAt(`reform|${name}|${JSON.stringify(keys)}`, await (version ??= readReformVersion(ds)), () =>
      load(keys),
    );
  };
  const counter = { clearAll: () => void (version = undefined) };
  return {
    /** Not a loader: the counter read for this request, forgotten with the loaders (clearLoaders). */
    counter,
    ...lookupLoaders(ds, remember),
    ...childLoaders(ds, remember),
    ...linkLoaders(ds, remember),
    ...districtWindowLoaders(ds, remember),
  };
}

const planKey = (k: PlanKey) => `${k.districtCode}|${k.year}`;
const byCode = <T extends { code?: string; number?: string }>(rows: T[], field: 'code' | 'number') =>
  new Map(rows.map((r) => [r[field] as string, r]));

/** One row by its key: a plan by district and year, a task by code, a directive by number. */
function lookupLoaders(ds: DataSource, remember: Remember) {
  return {
    plan: new DataLoader<PlanKey, ReformPlan | null, string>(
      remember('plan', async (keys) => {
        const rows = await ds.getRepository(ReformPlanEntity).findBy({
          districtCode: In([...new Set(keys.map((k) => k.districtCode))]),
          year: In([...new Set(keys.map((k) => k.year))]),
        });
        const byKey = new Map(rows.map((p) => [planKey(p), p]));
        return keys.map((k) => byKey.get(planKey(k)) ?? null);
      }),
      { cacheKeyFn: planKey },
    ),
    taskByCode: new DataLoader<string, ReformTask | null>(
      remember('taskByCode', async (codes) => {
        const rows = byCode(await ds.getRepository(ReformTaskEntity).findBy({ code: In([...codes]) }), 'code');
        return codes.map((c) => rows.get(c) ?? null);
      }),
    ),
    directiveByNumber: new DataLoader<string, Directive | null>(
      remember('directiveByNumber', async (numbers) => {
        const rows = byCode(await ds.getRepository(DirectiveEntity).findBy({ number: In([...numbers]) }), 'number');
        return numbers.map((n) => rows.get(n) ?? null);
      }),
    ),
  };
}

/** Each parent's child rows: a plan's tasks, a task's status changes, audit and procedure links. */
function childLoaders(ds: DataSource, remember: Remember) {
  return {
    tasksByPlan: childrenOf<number, ReformTask>(
      remember,
      'tasksByPlan',
      (planIds) => ds.getRepository(ReformTaskEntity).find({ where: { planId: In(planIds) }, order: { code: 'ASC' } }),
      (t) => t.planId,
    ),
    /** Every status change of each task, oldest first: statuses on any day are derived from it. */
    statusChanges: childrenOf<number, TaskStatusChange>(
      remember,
      'statusChanges',
      (taskIds) =>
        ds
          .getRepository(TaskStatusChangeEntity)
          .find({ where: { taskId: In(taskIds) }, order: { changedAt: 'ASC', id: 'ASC' } }),
      (c) => c.taskId,
    ),
    audit: childrenOf<number, TaskAudit>(
      remember,
      'audit',
      (taskIds) => ds.getRepository(TaskAuditEntity).find({ where: { taskId: In(taskIds) }, order: { id: 'ASC' } }),
      (a) => a.taskId,
    ),
    procedureLinks: childrenOf<number, TaskProcedure>(
      remember,
      'procedureLinks',
      (taskIds) =>
        ds
          .getRepository(TaskProcedureEntity)
          .find({ where: { taskId: In(taskIds) }, order: { level: 'ASC', procedureCode: 'ASC' } }),
      (l) => l.taskId,
    ),
  };
}

/** Both ways across the link tables: tasks of a procedure, directives of a task, tasks of a directive. */
function linkLoaders(ds: DataSource, remember: Remember) {
  return { ...procedureLinkLoaders(ds, remember), ...directiveLinkLoaders(ds, remember) };
}

function procedureLinkLoaders(ds: DataSource, remember: Remember) {
  return {
    tasksByProcedure: new DataLoader<string, ReformTask[]>(
      remember('tasksByProcedure', async (keys) => {
        const links = await ds
          .getRepository(TaskProcedureEntity)
          .createQueryBuilder('l')
          .where('l.procedure_code IN (:...codes)', { codes: [...new Set(keys.map((k) => k.split('|')[1]))] })
          .getMany();
        const tasks = links.length
          ? await ds
              .getRepository(ReformTaskEntity)
              .find({ where: { id: In([...new Set(links.map((l) => l.taskId))]) }, order: { code: 'ASC' } })
          : [];
        return keys.map((key) => {
          const wanted = new Set(links.filter((l) => `${l.level}|${l.procedureCode}` === key).map((l) => l.taskId));
          return tasks.filter((t) => wanted.has(t.id!));
        });
      }),
    ),
  };
}

function directiveLinkLoaders(ds: DataSource, remember: Remember) {
  const directiveLinks = (where: object) => ds.getRepository(TaskDirectiveEntity).find({ where });
  return {
    directivesByTask: new DataLoader<number, Directive[]>(
      remember('directivesByTask', async (taskIds) => {
        const links = await directiveLinks({ taskId: In([...taskIds]) });
        const directives = await ds.getRepository(DirectiveEntity).find({
          where: { id: In(links.map((l) => l.directiveId)) },
          order: { issuedOn: 'ASC', number: 'ASC' },
        });
        return taskIds.map((id) => {
          const wanted = new Set(links.filter((l) => l.taskId === id).map((l) => l.directiveId));
          return directives.filter((d) => wanted.has(d.id!));
        });
      }),
    ),
    tasksByDirective: new DataLoader<number, ReformTask[]>(
      remember('tasksByDirective', async (directiveIds) => {
        const links = await directiveLinks({ directiveId: In([...directiveIds]) });
        const tasks = await ds
          .getRepository(ReformTaskEntity)
          .find({ where: { id: In(links.map((l) => l.taskId)) }, order: { code: 'ASC' } });
        return directiveIds.map((id) => {
          const wanted = new Set(links.filter((l) => l.directiveId === id).map((l) => l.taskId));
          return tasks.filter((t) => wanted.has(t.id!));
        });
      }),
    ),
  };
}

/** A district's directives issued in a date window, and their count. */
function districtWindowLoaders(ds: DataSource, remember: Remember) {
  return { directivesInWindow: directivesInWindow(ds, remember), directiveCount: directiveCount(ds, remember) };
}

function directivesInWindow(ds: DataSource, remember: Remember) {
  return new DataLoader<DistrictWindowKey, Directive[], string>(
    remember('directivesInWindow', async (keys) => {
      const results = new Map<string, Directive[]>();
      for (const group of groupBy(keys, windowKey).values()) {
        const rows = await ds
          .getRepository(DirectiveEntity)
          .createQueryBuilder('d')
          .where('d.district_code IN (:...codes)', { codes: [...new Set(group.map((k) => k.districtCode))] })
          .andWhere('d.issued_on >= :from AND d.issued_on <= :to', { from: group[0].from, to: group[0].to })
          .orderBy('d.issued_on')
          .addOrderBy('d.number')
          .getMany();
        for (const key of group)
          results.set(
            districtWindowKey(key),
            rows.filter((d) => d.districtCode === key.districtCode),
          );
      }
      return keys.map((k) => results.get(districtWindowKey(k))!);
    }),
    { cacheKeyFn: districtWindowKey },
  );
}

function directiveCount(ds: DataSource, remember: Remember) {
  return new DataLoader<DistrictWindowKey, number, string>(
    remember('directiveCount', async (keys) => {
      const counts = new Map<string, number>();
      for (const group of groupBy(keys, windowKey).values()) {
        const rows = await ds
          .createQueryBuilder()
          .select('d.district_code', 'districtCode')
          .addSelect('COUNT(*)', 'count')
          .from('directive', 'd')
          .where('d.district_code IN (:...codes)', { codes: [...new Set(group.map((k) => k.districtCode))] })
          .andWhere('d.issued_on >= :from AND d.issued_on <= :to', { from: group[0].from, to: group[0].to })
          .groupBy('d.district_code')
          .getRawMany();
        for (const row of rows) counts.set(`${row.districtCode}|${windowKey(group[0])}`, toCount(row.count));
      }
      return keys.map((k) => counts.get(districtWindowKey(k)) ?? 0);
    }),
    { cacheKeyFn: districtWindowKey },
  );
}

export type ReformLoaders = ReturnType<typeof createReformLoaders>;

/** After a write, nothing read before it in the same request may be served from cache. */
export function clearLoaders(loaders: ReformLoaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
