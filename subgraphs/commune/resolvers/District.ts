import type { DistrictResolvers } from '../generated/resolvers.generated';

/** The commune side of the District entity: only its communes live here. */
export const District: DistrictResolvers = {
  communes: (district, _, ctx) => ctx.loaders.communesByDistrict.load(district.code),
};
