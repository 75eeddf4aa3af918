import type { EntityManager } from 'typeorm';
import { requireRole } from '../../shared/auth/identity';
import { BadUserInputError, ForbiddenError } from '../../shared/errors';
import { retryTransaction } from '../../shared/retryTransaction';
import { writeTransaction } from '../../shared/writeTransaction';
import { applyDeskEvent, type DeskEventResult } from '../events/deskEvents';
import type { ProcedureLevel } from '../catalogue/procedureEntities';
import type { DeskResolverContext } from '../deskContext';
import type {
  DeskEventInput,
  DeskEventResultResolvers as DeskEventResultFields,
} from '../generated/resolvers.generated';

/**
 * The desk event mutation of a level: only a `desk` identity, only for the unit its token is
 * bound to, and only for a unit this subgraph holds. One transaction per event, run again when a
 * concurrent writer won a race (the winner's row then settles it: a replay, the next number).
 */
export function deskEventMutation(
  level: ProcedureLevel,
  unitExists: (manager: EntityManager, code: string) => Promise<boolean>,
) {
  return async (_: unknown, args: { event: DeskEventInput }, ctx: DeskResolverContext): Promise<DeskEventResult> => {
    requireRole(ctx.identity, ['desk'], 'Recording desk events');
    const event = args.event;
    if (ctx.identity.unitCode !== event.unitCode) {
      throw new ForbiddenError(
        `this desk's token is bound to unit ${ctx.identity.unitCode}; it may not write for unit ${event.unitCode}`,
      );
    }
    const attempt = () =>
      writeTransaction(ctx.dataSource, async (manager) => {
        if (!(await unitExists(manager, event.unitCode))) {
          throw new BadUserInputError(`unit ${event.unitCode} is not a ${level.toLowerCase()}-level unit`, 'unitCode');
        }
        return (await applyDeskEvent(manager, event, level)).result;
      });
    try {
      return await retryTransaction(attempt);
    } finally {
      ctx.loaders.desk.dossierByCode.clearAll();
      ctx.loaders.desk.history.clearAll();
    }
  };
}

export const DeskEventResultResolvers: DeskEventResultFields = {
  dossier: (result, _, ctx) => ctx.loaders.desk.dossierByCode.load(result.dossierCode),
};
