import type { CommuneContext } from '../context';

/** The commune side of the District entity: only its communes live here. */
export const District = {
  communes: (district: { code: string }, _: unknown, ctx: CommuneContext) =>
    ctx.loaders.communesByDistrict.load(district.code),
};
