import { EntitySchema } from 'typeorm';

/** The first result of a mutation sent with a client's idempotency key. */
export interface IdempotencyKey {
  /** The caller's subject and the client's key, so two clients cannot collide. */
  key: string;
  /** sha256 of the mutation's name and arguments: the same key with another request is refused. */
  requestHash: string;
  result: string;
  createdAt: Date;
}

export const IdempotencyKeyEntity = new EntitySchema<IdempotencyKey>({
  name: 'IdempotencyKey',
  tableName: 'idempotency_key',
  columns: {
    key: { name: 'idempotency_key', type: 'varchar', length: 250, primary: true },
    requestHash: { name: 'request_hash', type: 'varchar', length: 64 },
    result: { type: 'text' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});
