import { procedureEntityByCode } from '../../desk/resolvers/ProcedureEntity';
import type { PageArgs } from '../../desk/connection';
import { listProcedures, type ProcedureFilter } from '../../desk/catalogue/catalogueQueries';
import type { DistrictContext } from '../context';
import { DistrictEntity } from '../entities/DistrictEntity';

export const Query = {
  districtProcedure: (_: unknown, args: { code: string }, ctx: DistrictContext) =>
    procedureEntityByCode(args.code, ctx),
  district: (_: unknown, args: { code: string }, ctx: DistrictContext) => ctx.loaders.districtByCode.load(args.code),
  districts: async (_: unknown, __: unknown, ctx: DistrictContext) => {
    const rows = await ctx.dataSource.getRepository(DistrictEntity).find({ order: { code: 'ASC' } });
    for (const row of rows) ctx.loaders.districtByCode.prime(row.code, row);
    return rows;
  },
  districtProcedures: (_: unknown, args: PageArgs & { filter?: ProcedureFilter | null }, ctx: DistrictContext) =>
    listProcedures(ctx.dataSource, 'DISTRICT', args.filter ?? {}, args),
};
