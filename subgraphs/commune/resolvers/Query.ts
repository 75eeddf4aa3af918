import { procedureEntityByCode } from '../../desk/resolvers';
import { listProcedures } from '../../desk/catalogue/catalogueQueries';
import type { QueryResolvers } from '../generated/resolvers.generated';

export const Query: QueryResolvers = {
  communeProcedure: (_, args, ctx) => procedureEntityByCode(args.code, ctx),
  commune: (_, args, ctx) => ctx.loaders.communeByCode.load(args.code),
  communeProcedures: (_, args, ctx) => listProcedures(ctx.dataSource, 'COMMUNE', args.filter ?? {}, args),
};
