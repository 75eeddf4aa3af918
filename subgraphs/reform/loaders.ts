import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { windowKey, type DateWindow } from '../shared/dates';
import { groupBy } from '../shared/groupBy';
import { toCount } from '../shared/stats';
import { ReformPlanEntity, type ReformPlan } from './entities/ReformPlanEntity';
import { ReformTaskEntity, type ReformTask } from './entities/ReformTaskEntity';
import type { TaskStatus } from './entities/TaskStatusChangeEntity';

export interface PlanKey {
  districtCode: string;
  year: number;
}

export interface DirectiveCountKey extends DateWindow {
  districtCode: string;
}

/** A status on a day; `asOf: null` means now. */
export interface StatusKey {
  taskId: number;
  asOf: string | null;
}

/**
 * The status of each task at the end of a day (or now): the status of its last change on or
 * before that day, NOT_STARTED when there is none. One statement per distinct day asked.
 */
async function loadStatuses(ds: DataSource, keys: readonly StatusKey[]): Promise<TaskStatus[]> {
  const statuses = new Map<string, TaskStatus>();
  for (const [asOf, group] of groupBy(keys, (k) => k.asOf)) {
    const query = ds
      .createQueryBuilder()
      .select('c.task_id', 'taskId')
      .addSelect('c.status', 'status')
      .from('task_status_change', 'c')
      .where('c.task_id IN (:...ids)', { ids: [...new Set(group.map((k) => k.taskId))] })
      .orderBy('c.task_id')
      .addOrderBy('c.changed_at')
      .addOrderBy('c.id');
    if (asOf !== null) query.andWhere('c.changed_on <= :asOf', { asOf });
    for (const row of await query.getRawMany()) statuses.set(`${row.taskId}|${asOf}`, row.status);
  }
  return keys.map((k) => statuses.get(`${k.taskId}|${k.asOf}`) ?? 'NOT_STARTED');
}

export function createReformLoaders(ds: DataSource) {
  const planKey = (k: PlanKey) => `${k.districtCode}|${k.year}`;
  return {
    plan: new DataLoader<PlanKey, ReformPlan | null, string>(
      async (keys) => {
        const rows = await ds.getRepository(ReformPlanEntity).findBy({
          districtCode: In([...new Set(keys.map((k) => k.districtCode))]),
          year: In([...new Set(keys.map((k) => k.year))]),
        });
        const byKey = new Map(rows.map((p) => [planKey(p), p]));
        return keys.map((k) => byKey.get(planKey(k)) ?? null);
      },
      { cacheKeyFn: planKey },
    ),
    tasksByPlan: new DataLoader<number, ReformTask[]>(async (planIds) => {
      const rows = await ds.getRepository(ReformTaskEntity).find({ where: { planId: In([...planIds]) }, order: { code: 'ASC' } });
      const byPlan = groupBy(rows, (t) => t.planId);
      return planIds.map((id) => byPlan.get(id) ?? []);
    }),
    status: new DataLoader<StatusKey, TaskStatus, string>((keys) => loadStatuses(ds, keys), {
      cacheKeyFn: (k) => `${k.taskId}|${k.asOf}`,
    }),
    directiveCount: new DataLoader<DirectiveCountKey, number, string>(
      async (keys) => {
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
        return keys.map((k) => counts.get(`${k.districtCode}|${windowKey(k)}`) ?? 0);
      },
      { cacheKeyFn: (k) => `${k.districtCode}|${windowKey(k)}` },
    ),
  };
}

export type ReformLoaders = ReturnType<typeof createReformLoaders>;
