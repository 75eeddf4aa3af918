import type { ReformContext } from '../context';
import { checkYear } from './Query';

/** The reform side of the District entity. */
export const District = {
  reformPlan: (district: { code: string }, args: { year: number }, ctx: ReformContext) =>
    ctx.loaders.plan.load({ districtCode: district.code, year: checkYear(args.year) }),
};
