import { requireRole } from '../../shared/auth/identity';
import type { PageArgs } from '../connection';
import type { DeskResolverContext } from '../deskContext';
import { listDossiers } from '../dossiers/dossierQueries';
import type { DossierFilter, DossierResolvers, InputMaybe } from '../generated/resolvers.generated';

/**
 * Dossier fields, the same in both desk subgraphs. Only public fields are mapped: the
 * applicant's name and id number stay in the row and have no field in the schema.
 */
export const Dossier: DossierResolvers = {
  procedure: async (d, _, ctx) => {
    const procedure = await ctx.loaders.desk.procedureByCode.load(d.procedureCode);
    // A dossier is only received for a procedure of the catalogue, which never loses one.
    if (!procedure) throw new Error(`dossier ${d.code} names procedure ${d.procedureCode}, not in the catalogue`);
    // Read through a dossier, the procedure's level defaults to the one on the receipt day.
    return { ...procedure, levelDay: d.receivedOn };
  },
  receivedBy: async (d, _, ctx) => {
    const model = await ctx.loaders.desk.unitModel();
    return model.find(`${d.unitCode}@${d.unitValidFrom ?? ''}`);
  },
  supplementRequests: (d) => d.supplementCount,
  pausedWorkingDays: (d) => d.pausedDays,
  history: (d, _, ctx) => ctx.loaders.desk.history.load(d.id!),
};

/**
 * `dossiers` and `dossier(code)` of a unit (District or Commune): integrators and admins only.
 * The unit types live in each level's SDL, whose generated types check these where they are placed.
 */
export function unitDossierFields<U>(unitCodeOf: (unit: U) => string) {
  return {
    dossiers: (unit: U, args: PageArgs & { filter?: InputMaybe<DossierFilter> }, ctx: DeskResolverContext) => {
      requireRole(ctx.identity, ['integrator', 'admin'], 'Listing dossiers');
      return listDossiers(ctx.dataSource, unitCodeOf(unit), args.filter ?? {}, args);
    },
    dossier: async (unit: U, args: { code: string }, ctx: DeskResolverContext) => {
      requireRole(ctx.identity, ['integrator', 'admin'], 'Reading a dossier');
      const dossier = await ctx.loaders.desk.dossierByCode.load(args.code);
      return dossier && dossier.unitCode === unitCodeOf(unit) ? dossier : null;
    },
  };
}
