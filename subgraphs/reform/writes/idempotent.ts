import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Identity } from '../../shared/auth/identity';
import { ConflictError } from '../../shared/errors';
import { IdempotencyKeyEntity } from '../entities/IdempotencyKeyEntity';

/** Keys belong to the caller: two clients choosing the same key do not see each other's results. */
function scopedKey(identity: Identity, key: string): string {
  return `${identity.role}:${identity.subject ?? '-'}:${key}`;
}

function requestHash(operation: string, args: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([operation, args]))
    .digest('hex');
}

/**
 * Runs a write once per idempotency key, inside the caller's transaction: a replay returns the
 * stored first result without running it again; the same key with other arguments is a
 * CONFLICT. The key is stored in the same transaction as the change, so both happen or neither.
 */
export async function idempotent<T>(
  manager: EntityManager,
  identity: Identity,
  key: string | null,
  operation: string,
  args: unknown,
  run: () => Promise<T>,
): Promise<T> {
  if (key === null) return run();
  const repository = manager.getRepository(IdempotencyKeyEntity);
  const scoped = scopedKey(identity, key);
  const hash = requestHash(operation, args);
  const previous = await repository.findOneBy({ key: scoped });
  if (previous) {
    if (previous.requestHash !== hash) {
      throw new ConflictError(`idempotencyKey "${key}" was already used for a different request`);
    }
    return JSON.parse(previous.result, (field, value) =>
      field === 'changedAt' || field === 'createdAt' ? new Date(value) : value,
    );
  }
  const result = await run();
  await repository.insert({ key: scoped, requestHash: hash, result: JSON.stringify(result), createdAt: new Date() });
  return result;
}
