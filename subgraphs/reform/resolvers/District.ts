import type { DistrictResolvers } from '../generated/resolvers.generated';
import { checkYear } from './Query';

/** The reform side of the District entity. */
export const District: DistrictResolvers = {
  reformPlan: (district, args, ctx) =>
    ctx.loaders.plan.load({ districtCode: district.code, year: checkYear(args.year) }),
};
