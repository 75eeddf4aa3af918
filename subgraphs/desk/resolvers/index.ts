import { DateTimeResolver } from 'graphql-scalars';
import type { EntitySchema } from 'typeorm';
import type { ProcedureLevel } from '../catalogue/procedureEntities';
import type { Resolvers } from '../generated/resolvers.generated';
import { AdministrativeUnit, UnitLineage } from './AdministrativeUnit';
import { BreakdownRow } from './BreakdownRow';
import { deskEventMutation, DeskEventResultResolvers } from './DeskEvent';
import { Dossier } from './Dossier';
import { Procedure } from './Procedure';

export { ProcedureEntityResolvers, procedureEntityByCode } from './ProcedureEntity';
export { unitDossierFields } from './Dossier';

/**
 * The resolvers of the desk SDL's own types (schema/desk.graphql), the same code for both levels,
 * each over its own database. They are typed once, against the types generated from the desk SDL
 * alone (subgraphs/desk/generated) with the context both levels share; each level spreads them
 * into its resolver map, where its own generated `Resolvers` checks them again.
 */
export const deskTypeResolvers = {
  DeskEventResult: DeskEventResultResolvers,
  AdministrativeUnit,
  UnitLineage,
  BreakdownRow,
  Procedure,
  Dossier,
  DateTime: DateTimeResolver,
} satisfies Resolvers;

/** A level's desk-event mutation: the event's unit must be a row of the level's unit table. */
export function levelDeskEventMutation(level: ProcedureLevel, unitEntity: EntitySchema<any>) {
  return deskEventMutation(level, (manager, code) => manager.getRepository(unitEntity).existsBy({ code }));
}
