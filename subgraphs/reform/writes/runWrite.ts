import type { EntityManager } from 'typeorm';
import { requireRole, requireSubject } from '../../shared/auth/identity';
import { retryTransaction } from '../../shared/retryTransaction';
import { writeTransaction } from '../../shared/writeTransaction';
import type { ReformContext } from '../context';
import { clearLoaders } from '../loaders';
import { bumpReformVersion } from '../reformVersion';
import type { Author } from './taskWrites';
import { idempotent } from './idempotent';
import { idempotencyKey } from './validate';

/**
 * Every reform write goes through here: the planner or admin role, a token subject (the
 * history's author and the idempotency keys' scope), one transaction, the
 * idempotency key, the reform data's counter moved (reformVersion.ts), and fresh loaders
 * afterwards so the answer shows the write.
 */
export async function runWrite<T>(
  ctx: ReformContext,
  operation: string,
  args: Record<string, unknown>,
  work: (manager: EntityManager, author: Author) => Promise<T>,
): Promise<T> {
  requireRole(ctx.identity, ['planner', 'admin'], operation);
  requireSubject(ctx.identity, operation);
  const key = idempotencyKey(args.idempotencyKey);
  const { idempotencyKey: _key, ...request } = args;
  const author: Author = { by: ctx.identity.subject!, requestId: ctx.requestId, identity: ctx.identity, operation };
  const attempt = () =>
    writeTransaction(ctx.dataSource, async (manager) => {
      const result = await idempotent(manager, ctx.identity, key, operation, request, () => work(manager, author));
      await bumpReformVersion(manager);
      return result;
    });
  try {
    // Two requests raced (one idempotency key, one new task code): the loser's transaction rolled
    // back, and on the next attempt the winner's row settles it (its stored result, or a CONFLICT).
    return await retryTransaction(attempt);
  } finally {
    clearLoaders(ctx.loaders);
  }
}
