import { DateTimeResolver } from 'graphql-scalars';
import type { EntitySchema } from 'typeorm';
import type { ProcedureLevel } from '../catalogue/procedureEntities';
import { AdministrativeUnit, UnitLineage } from './AdministrativeUnit';
import { BreakdownRow } from './BreakdownRow';
import { deskEventMutation, DeskEventResultResolvers } from './DeskEvent';
import { Dossier } from './Dossier';
import { Procedure } from './Procedure';
import { ProcedureEntityResolvers } from './ProcedureEntity';

/**
 * The resolvers of the desk SDL (schema/desk.graphql) for one level: the same code answers both
 * levels, each over its own database. `mutation` and `procedureEntity` are the level's names.
 */
export function deskResolvers(
  level: ProcedureLevel,
  unitEntity: EntitySchema<any>,
  mutation: string,
  procedureEntity: string,
) {
  return {
    Mutation: {
      [mutation]: deskEventMutation(level, (manager, code) => manager.getRepository(unitEntity).existsBy({ code })),
    },
    DeskEventResult: DeskEventResultResolvers,
    AdministrativeUnit,
    UnitLineage,
    BreakdownRow,
    Procedure,
    Dossier,
    [procedureEntity]: ProcedureEntityResolvers,
    DateTime: DateTimeResolver,
  };
}
