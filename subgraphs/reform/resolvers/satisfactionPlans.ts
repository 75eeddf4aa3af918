import { percent } from '../../desk/statistics/stats';
import type { ReformContext } from '../context';
import type { ReformPlan } from '../entities/ReformPlanEntity';
import { SatisfactionPlanEntity } from '../entities/SatisfactionPlanEntity';

/** ReformPlan.satisfactionPlans: the plan's district and year's satisfaction plans (one statement). */
export async function satisfactionPlans(plan: ReformPlan, _: unknown, ctx: ReformContext) {
  const plans = await ctx.dataSource.getRepository(SatisfactionPlanEntity).find({
    where: { districtCode: plan.districtCode, planYear: plan.year },
    order: { unitKind: 'ASC', unitName: 'ASC' },
  });
  const withPlan = plans.filter((p) => p.adoptedOn !== null).length;
  return { units: plans.length, withPlan, rate: percent(withPlan, plans.length), plans };
}
