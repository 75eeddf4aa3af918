import { listProcedures, type ProcedureFilter } from '../../shared/onestop/catalogueQueries';
import type { PageArgs } from '../../shared/onestop/connection';
import type { CommuneContext } from '../context';

export const Query = {
  commune: (_: unknown, args: { code: string }, ctx: CommuneContext) => ctx.loaders.communeByCode.load(args.code),
  communeProcedures: (_: unknown, args: PageArgs & { filter?: ProcedureFilter | null }, ctx: CommuneContext) =>
    listProcedures(ctx.dataSource, 'COMMUNE', args.filter ?? {}, args),
};
