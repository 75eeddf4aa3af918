import { dateWindow } from '../../shared/dates';
import { areaMonths } from '../../desk/units/areaThatWas';
import type { AreaThatWasResolvers } from '../generated/resolvers.generated';

export const AreaThatWas: AreaThatWasResolvers = {
  __resolveReference: (ref) => ({ code: ref.code, ...dateWindow(ref.from, ref.to) }),
  communeDesks: async (key, _, ctx) => areaMonths(ctx.dataSource, await ctx.loaders.desk.unitModel(), key),
};
