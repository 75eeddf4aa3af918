import { dateWindow } from '../../shared/dates';
import { addMonths, AREA_RULE, areaMonths, areaUnit, type AreaKey, type AreaMonth } from '../../desk/units/areaThatWas';
import type { AreaThatWasResolvers } from '../generated/resolvers.generated';

/** The area's key, and the commune-level desks' months when `months` is asked for (its @requires). */
export type AreaParent = AreaKey & { communeDesks?: AreaMonth[] | null };

export const AreaThatWas: AreaThatWasResolvers = {
  // Representations come from other subgraphs' answers; the window is checked again all the same.
  __resolveReference: (ref) => ({ ...ref, ...dateWindow(ref.from, ref.to) }),
  area: async (key, _, ctx) => areaUnit(await ctx.loaders.desk.unitModel(), key),
  rule: () => AREA_RULE,
  districtDesk: async (key, _, ctx) => areaMonths(ctx.dataSource, await ctx.loaders.desk.unitModel(), key),
  months: async (key, _, ctx) => {
    const own = await areaMonths(ctx.dataSource, await ctx.loaders.desk.unitModel(), key);
    return addMonths(own, key.communeDesks ?? []);
  },
};
