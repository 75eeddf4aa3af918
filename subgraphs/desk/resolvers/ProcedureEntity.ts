import type { DeskLoaders } from '../deskLoaders';

type Context = { loaders: { desk: DeskLoaders } };

/**
 * DistrictProcedure / CommuneProcedure: a level's procedure as an entity keyed by code. The
 * subgraph that owns the level answers for it, so a reference from another subgraph (a reform
 * task's link) reaches the right catalogue.
 */
export const ProcedureEntityResolvers = {
  __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
  procedure: (ref: { code: string }, _: unknown, ctx: Context) => ctx.loaders.desk.procedureByCode.load(ref.code),
};

/** The root field: the entity when the catalogue has the code, null otherwise. */
export async function procedureEntityByCode(code: string, ctx: Context): Promise<{ code: string } | null> {
  return (await ctx.loaders.desk.procedureByCode.load(code)) ? { code } : null;
}
