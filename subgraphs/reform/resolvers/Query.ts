import { BadUserInputError } from '../../shared/errors';
import type { QueryResolvers } from '../generated/resolvers.generated';

/** Plan years are whole years in a plausible range; anything else is a typo, not an empty answer. */
export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new BadUserInputError(`year must be between 2000 and 2100, got ${year}`, 'year');
  }
  return year;
}

export const Query: QueryResolvers = {
  reformPlan: (_, args, ctx) => ctx.loaders.plan.load({ districtCode: args.districtCode, year: checkYear(args.year) }),
  reformTask: (_, args, ctx) => ctx.loaders.taskByCode.load(args.code),
  directive: (_, args, ctx) => ctx.loaders.directiveByNumber.load(args.number),
};
