import { BadUserInputError } from '../../shared/errors';
import type { ReformContext } from '../context';

/** Plan years are whole years in a plausible range; anything else is a typo, not an empty answer. */
export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new BadUserInputError(`year must be between 2000 and 2100, got ${year}`, 'year');
  }
  return year;
}

export const Query = {
  reformPlan: (_: unknown, args: { districtCode: string; year: number }, ctx: ReformContext) =>
    ctx.loaders.plan.load({ districtCode: args.districtCode, year: checkYear(args.year) }),
  reformTask: (_: unknown, args: { code: string }, ctx: ReformContext) => ctx.loaders.taskByCode.load(args.code),
  directive: (_: unknown, args: { number: string }, ctx: ReformContext) =>
    ctx.loaders.directiveByNumber.load(args.number),
};
