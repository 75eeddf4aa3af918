import type { EntityManager } from 'typeorm';
import { requireRole } from '../../shared/auth/identity';
import { writeTransaction } from '../../shared/writeTransaction';
import type { ReformContext } from '../context';
import { clearLoaders } from '../loaders';
import type { Author } from './taskWrites';
import { idempotent } from './idempotent';
import { idempotencyKey } from './validate';

/** A unique-key violation: on a replayed idempotency key raced by another request. */
function isDuplicate(error: any): boolean {
  const code = error?.driverError?.code ?? error?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Every reform write goes through here: the planner or admin role, one transaction, the
 * idempotency key, and fresh loaders afterwards so the answer shows the write.
 */
export async function runWrite<T>(
  ctx: ReformContext,
  operation: string,
  args: Record<string, unknown>,
  work: (manager: EntityManager, author: Author) => Promise<T>,
): Promise<T> {
  requireRole(ctx.identity, ['planner', 'admin'], operation);
  const key = idempotencyKey(args.idempotencyKey);
  const { idempotencyKey: _key, ...request } = args;
  const author: Author = { by: ctx.identity.subject ?? ctx.identity.role, requestId: ctx.requestId };
  const attempt = () =>
    writeTransaction(ctx.dataSource, (manager) => idempotent(manager, ctx.identity, key, operation, request, () => work(manager, author)));
  try {
    return await attempt();
  } catch (error) {
    // Two requests raced with one key: the loser's transaction rolled back; now the winner's
    // stored result (or a CONFLICT for another payload) is there to be read.
    if (key !== null && isDuplicate(error)) return attempt();
    throw error;
  } finally {
    clearLoaders(ctx.loaders);
  }
}
