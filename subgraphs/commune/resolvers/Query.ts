import { procedureEntityByCode } from '../../desk/resolvers/ProcedureEntity';
import { listProcedures, type ProcedureFilter } from '../../desk/catalogue/catalogueQueries';
import type { PageArgs } from '../../desk/connection';
import { vnDate } from '../../shared/dates';
import { unitCounts, type UnitCountsArgs } from '../../desk/units/unitCounts';
import type { CommuneContext } from '../context';

export const Query = {
  unitCounts: async (_: unknown, args: UnitCountsArgs, ctx: CommuneContext) =>
    unitCounts(ctx.dataSource, await ctx.loaders.desk.unitModel(), args, vnDate(new Date())),
  communeProcedure: (_: unknown, args: { code: string }, ctx: CommuneContext) => procedureEntityByCode(args.code, ctx),
  commune: (_: unknown, args: { code: string }, ctx: CommuneContext) => ctx.loaders.communeByCode.load(args.code),
  communeProcedures: (_: unknown, args: PageArgs & { filter?: ProcedureFilter | null }, ctx: CommuneContext) =>
    listProcedures(ctx.dataSource, 'COMMUNE', args.filter ?? {}, args),
};
