import type { Identity } from '../../shared/auth/identity';
import { requireRole } from '../../shared/auth/identity';
import type { PageArgs } from '../connection';
import type { Dossier as DossierRow } from '../dossiers/dossierEntity';
import { listDossiers, type DossierFilter } from '../dossiers/dossierQueries';
import type { DeskLoaders } from '../deskLoaders';

type Context = { identity: Identity; loaders: { desk: DeskLoaders }; dataSource: import('typeorm').DataSource };

/**
 * Dossier fields, the same in both desk subgraphs. Only public fields are mapped: the
 * applicant's name and id number stay in the row and have no field in the schema.
 */
export const Dossier = {
  procedure: (d: DossierRow, _: unknown, ctx: Context) => ctx.loaders.desk.procedureByCode.load(d.procedureCode),
  supplementRequests: (d: DossierRow) => d.supplementCount,
  pausedWorkingDays: (d: DossierRow) => d.pausedDays,
  history: (d: DossierRow, _: unknown, ctx: Context) => ctx.loaders.desk.history.load(d.id!),
};

/** `dossiers` and `dossier(code)` of a unit (District or Commune): integrators and admins only. */
export function unitDossierFields<U>(unitCodeOf: (unit: U) => string) {
  return {
    dossiers: (unit: U, args: PageArgs & { filter?: DossierFilter | null }, ctx: Context) => {
      requireRole(ctx.identity, ['integrator', 'admin'], 'Listing dossiers');
      return listDossiers(ctx.dataSource, unitCodeOf(unit), args.filter ?? {}, args);
    },
    dossier: async (unit: U, args: { code: string }, ctx: Context) => {
      requireRole(ctx.identity, ['integrator', 'admin'], 'Reading a dossier');
      const dossier = await ctx.loaders.desk.dossierByCode.load(args.code);
      return dossier && dossier.unitCode === unitCodeOf(unit) ? dossier : null;
    },
  };
}
