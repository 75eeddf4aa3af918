import { dateWindow, toIsoDate } from '../../shared/dates';
import { percent } from '../../shared/stats';
import type { ReformContext } from '../context';
import type { ReformPlan as PlanRow } from '../entities/ReformPlanEntity';

export const ReformPlan = {
  taskCount: async (plan: PlanRow, _: unknown, ctx: ReformContext) => (await ctx.loaders.tasksByPlan.load(plan.id!)).length,
  tasks: (plan: PlanRow, _: unknown, ctx: ReformContext) => ctx.loaders.tasksByPlan.load(plan.id!),
  progress: async (plan: PlanRow, args: { asOf: Date }, ctx: ReformContext) => {
    const asOf = toIsoDate(args.asOf, 'asOf');
    const tasks = await ctx.loaders.tasksByPlan.load(plan.id!);
    const statuses = await ctx.loaders.status.loadMany(tasks.map((t) => ({ taskId: t.id!, asOf })));
    const completed = statuses.filter((s) => s === 'COMPLETED').length;
    return { asOf, total: tasks.length, completed, completionRate: percent(completed, tasks.length) ?? 0 };
  },
  directiveCount: (plan: PlanRow, args: { from: Date; to: Date }, ctx: ReformContext) =>
    ctx.loaders.directiveCount.load({ districtCode: plan.districtCode, ...dateWindow(args.from, args.to) }),
};
