import { dateWindow, toIsoDate } from '../../shared/dates';
import { percent } from '../../desk/statistics/stats';
import type { ReformContext } from '../context';
import type { ReformPlanResolvers } from '../generated/resolvers.generated';
import type { ReformPlan as PlanRow } from '../entities/ReformPlanEntity';
import type { ReformTask } from '../entities/ReformTaskEntity';
import { isOverdue, statusAt } from '../taskStatus';

/** Each task of the plan with its status history (two statements for the whole plan). */
async function tasksWithHistory(plan: PlanRow, ctx: ReformContext) {
  const tasks = await ctx.loaders.tasksByPlan.load(plan.id!);
  const histories = await ctx.loaders.statusChanges.loadMany(tasks.map((t) => t.id!));
  return tasks.map((task, i) => {
    const changes = histories[i];
    if (changes instanceof Error) throw changes;
    return { task, changes };
  });
}

/** Progress at the end of `asOf`, over the tasks the plan had then. */
function progress(all: Awaited<ReturnType<typeof tasksWithHistory>>, asOf: string) {
  const tasks = all.filter(({ task }) => task.createdOn <= asOf);
  const completed = tasks.filter(({ changes }) => statusAt(changes, asOf) === 'COMPLETED').length;
  return { asOf, total: tasks.length, completed, completionRate: percent(completed, tasks.length) ?? 0 };
}

async function overdueTasks(plan: PlanRow, asOf: string, ctx: ReformContext): Promise<ReformTask[]> {
  return (await tasksWithHistory(plan, ctx))
    .filter(({ task, changes }) => task.createdOn <= asOf && isOverdue(task, changes, asOf))
    .map(({ task }) => task)
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.code.localeCompare(b.code));
}

/** The Ministry of Home Affairs' cut-off: 15 December of the year before, to 14 June or 14 December. */
export function reportingWindow(year: number, period: 'SEMI_ANNUAL' | 'ANNUAL') {
  return { from: `${year - 1}-12-15`, to: period === 'SEMI_ANNUAL' ? `${year}-06-14` : `${year}-12-14` };
}

export const ReformPlan: ReformPlanResolvers = {
  taskCount: async (plan, _, ctx) => (await ctx.loaders.tasksByPlan.load(plan.id!)).length,
  tasks: (plan, _, ctx) => ctx.loaders.tasksByPlan.load(plan.id!),
  progress: async (plan, args, ctx) => progress(await tasksWithHistory(plan, ctx), toIsoDate(args.asOf, 'asOf')),
  progressByLeadUnit: async (plan, args, ctx) => {
    const asOf = toIsoDate(args.asOf, 'asOf');
    const tasks = (await tasksWithHistory(plan, ctx)).filter(({ task }) => task.createdOn <= asOf);
    const units = [...new Set(tasks.map(({ task }) => task.leadUnit))].sort((a, b) => a.localeCompare(b, 'vi'));
    return units.map((leadUnit) => {
      const { total, completed, completionRate } = progress(
        tasks.filter(({ task }) => task.leadUnit === leadUnit),
        asOf,
      );
      return { leadUnit, total, completed, completionRate };
    });
  },
  overdueTasks: (plan, args, ctx) => overdueTasks(plan, toIsoDate(args.asOf, 'asOf'), ctx),
  periodReport: async (plan, args, ctx) => {
    const window = reportingWindow(plan.year, args.period);
    const tasks = await tasksWithHistory(plan, ctx);
    const completedInPeriod = tasks.filter(({ changes }) => {
      if (statusAt(changes, window.to) !== 'COMPLETED') return false;
      const lastCompletion = changes.filter((c) => c.status === 'COMPLETED' && c.changedOn <= window.to).pop()!;
      return lastCompletion.changedOn >= window.from;
    }).length;
    return {
      period: args.period,
      ...window,
      progress: progress(tasks, window.to),
      completedInPeriod,
      overdueTasks: await overdueTasks(plan, window.to, ctx),
      directiveCount: await ctx.loaders.directiveCount.load({ districtCode: plan.districtCode, ...window }),
    };
  },
  directiveCount: (plan, args, ctx) =>
    ctx.loaders.directiveCount.load({ districtCode: plan.districtCode, ...dateWindow(args.from, args.to) }),
  directives: (plan, args, ctx) =>
    ctx.loaders.directivesInWindow.load({ districtCode: plan.districtCode, ...dateWindow(args.from, args.to) }),
};
