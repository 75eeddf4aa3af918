import type { Identity } from '../../auth/identity';
import { requireRole } from '../../auth/identity';
import type { PageArgs } from '../connection';
import type { Dossier as DossierRow } from '../dossierEntity';
import { listDossiers, type DossierFilter } from '../dossierQueries';
import type { OneStopLoaders } from '../oneStopLoaders';

type Context = { identity: Identity; loaders: { onestop: OneStopLoaders }; dataSource: import('typeorm').DataSource };

/**
 * Dossier fields, the same in both desk subgraphs. Only public fields are mapped: the
 * applicant's name and id number stay in the row and have no field in the schema.
 */
export const Dossier = {
  procedure: (d: DossierRow, _: unknown, ctx: Context) => ctx.loaders.onestop.procedureByCode.load(d.procedureCode),
  supplementRequests: (d: DossierRow) => d.supplementCount,
  pausedWorkingDays: (d: DossierRow) => d.pausedDays,
  history: (d: DossierRow, _: unknown, ctx: Context) => ctx.loaders.onestop.history.load(d.id!),
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
      const dossier = await ctx.loaders.onestop.dossierByCode.load(args.code);
      return dossier && dossier.unitCode === unitCodeOf(unit) ? dossier : null;
    },
  };
}
