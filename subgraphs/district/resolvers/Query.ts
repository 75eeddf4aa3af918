import { procedureEntityByCode } from '../../desk/resolvers';
import { unitOnDay } from '../../desk/resolvers/AdministrativeUnit';
import { listProcedures } from '../../desk/catalogue/catalogueQueries';
import { DistrictEntity } from '../entities/DistrictEntity';
import type { QueryResolvers } from '../generated/resolvers.generated';

export const Query: QueryResolvers = {
  unit: unitOnDay,
  districtProcedure: (_, args, ctx) => procedureEntityByCode(args.code, ctx),
  district: (_, args, ctx) => ctx.loaders.districtByCode.load(args.code),
  districts: async (_, __, ctx) => {
    const rows = await ctx.dataSource.getRepository(DistrictEntity).find({ order: { code: 'ASC' } });
    for (const row of rows) ctx.loaders.districtByCode.prime(row.code, row);
    return rows;
  },
  districtProcedures: (_, args, ctx) => listProcedures(ctx.dataSource, 'DISTRICT', args.filter ?? {}, args),
};
