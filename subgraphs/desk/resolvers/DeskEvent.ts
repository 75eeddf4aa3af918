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

type UnitExists = (manager: EntityManager, code: string) => Promise<boolean>;

/**
 * A desk's write: only a `desk` identity, only for the unit its token is bound to, and only for a
 * unit this subgraph holds. One transaction, run again when a concurrent writer won a race (the
 * winner's row then settles it: a replay, the next number).
 */
export async function writeAsDesk<R>(
  ctx: DeskResolverContext,
  write: { level: ProcedureLevel; unitCode: string; unitExists: UnitExists; action: string },
  apply: (manager: EntityManager) => Promise<R>,
): Promise<R> {
  requireRole(ctx.identity, ['desk'], write.action);
  if (ctx.identity.unitCode !== write.unitCode) {
    throw new ForbiddenError(
      `this desk's token is bound to unit ${ctx.identity.unitCode}; it may not write for unit ${write.unitCode}`,
    );
  }
  const attempt = () =>
    writeTransaction(ctx.dataSource, async (manager) => {
      if (!(await write.unitExists(manager, write.unitCode))) {
        throw new BadUserInputError(
          `unit ${write.unitCode} is not a ${write.level.toLowerCase()}-level unit`,
          'unitCode',
        );
      }
      return apply(manager);
    });
  return retryTransaction(attempt);
}

/** The desk event mutation of a level. */
export function deskEventMutation(level: ProcedureLevel, unitExists: UnitExists) {
  return async (_: unknown, args: { event: DeskEventInput }, ctx: DeskResolverContext): Promise<DeskEventResult> => {
    const event = args.event;
    const write = { level, unitCode: event.unitCode, unitExists, action: 'Recording desk events' };
    try {
      return await writeAsDesk(ctx, write, async (manager) => (await applyDeskEvent(manager, event, level)).result);
    } finally {
      ctx.loaders.desk.dossierByCode.clearAll();
      ctx.loaders.desk.history.clearAll();
    }
  };
}

export const DeskEventResultResolvers: DeskEventResultFields = {
  dossier: (result, _, ctx) => ctx.loaders.desk.dossierByCode.load(result.dossierCode),
};
