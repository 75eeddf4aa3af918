import type { EntityManager, EntitySchema } from 'typeorm';
import type { ProcedureLevel } from '../../catalogue/procedureEntities';
import type { DeskResolverContext } from '../../deskContext';
import { writeAsDesk } from '../../resolvers/DeskEvent';
import { applyScorecardFact } from '../store/applyScorecardFact';
import type { ScorecardFact, ScorecardFactResult } from '../store/scorecardFacts';

/** A level's scorecard-fact mutation, under the rules of its desk-event mutation (writeAsDesk). */
export function levelScorecardFactMutation(level: ProcedureLevel, unitEntity: EntitySchema<any>) {
  return (_: unknown, args: { fact: ScorecardFact }, ctx: DeskResolverContext): Promise<ScorecardFactResult> => {
    const write = {
      level,
      unitCode: args.fact.unitCode,
      unitExists: (manager: EntityManager, code: string) => manager.getRepository(unitEntity).existsBy({ code }),
      action: 'Recording scorecard facts',
    };
    return writeAsDesk(ctx, write, async (manager) => (await applyScorecardFact(manager, args.fact)).result);
  };
}
