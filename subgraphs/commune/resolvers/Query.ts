import { procedureEntityByCode } from '../../desk/resolvers';
import { unitOnDay } from '../../desk/resolvers/AdministrativeUnit';
import { vnDate } from '../../shared/dates';
import { unitCounts } from '../../desk/units/unitCounts';
import { listProcedures } from '../../desk/catalogue/catalogueQueries';
import type { QueryResolvers } from '../generated/resolvers.generated';

export const Query: QueryResolvers = {
  unit: unitOnDay,
  unitCounts: async (_, args, ctx) =>
    unitCounts(ctx.dataSource, await ctx.loaders.desk.unitModel(), args, vnDate(new Date())),
  communeProcedure: (_, args, ctx) => procedureEntityByCode(args.code, ctx),
  commune: (_, args, ctx) => ctx.loaders.communeByCode.load(args.code),
  communeProcedures: (_, args, ctx) => listProcedures(ctx.dataSource, 'COMMUNE', args.filter ?? {}, args),
};
