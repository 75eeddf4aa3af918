import type { DeskResolverContext } from '../deskContext';
import type { Procedure } from '../catalogue/procedureEntities';

/** A level's procedure as an entity (DistrictProcedure, CommuneProcedure): its key only. */
export interface ProcedureRef {
  code: string;
}

/**
 * DistrictProcedure / CommuneProcedure: a level's procedure as an entity keyed by code. The
 * subgraph that owns the level answers for it, so a reference from another subgraph (a reform
 * task's link) reaches the right catalogue. The SDL names the type per level, so each desk
 * subgraph's generated types check this map where it is placed under that name.
 */
export const ProcedureEntityResolvers = {
  __resolveReference: (ref: ProcedureRef): ProcedureRef => ({ code: ref.code }),
  procedure: (ref: ProcedureRef, _: unknown, ctx: DeskResolverContext): Promise<Procedure | null> =>
    ctx.loaders.desk.procedureByCode.load(ref.code),
};

/** The root field: the entity when the catalogue has the code, null otherwise. */
export async function procedureEntityByCode(code: string, ctx: DeskResolverContext): Promise<ProcedureRef | null> {
  return (await ctx.loaders.desk.procedureByCode.load(code)) ? { code } : null;
}
