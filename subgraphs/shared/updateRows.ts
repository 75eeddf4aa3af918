import type { EntityManager } from 'typeorm';

/**
 * Runs an UPDATE and returns how many rows it matched, whatever the driver: TypeORM only
 * reports it through a query runner's structured result, and the raw results of mysql2
 * (affectedRows) and better-sqlite3 (changes) differ.
 */
export async function updateRows(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const runner = manager.queryRunner;
  if (runner) return Number((await runner.query(sql, parameters, true)).affected ?? 0);
  const result = await manager.query(sql, parameters);
  return Number(result?.affectedRows ?? result?.changes ?? 0);
}

/**
 * UPDATE, then INSERT when no row matched: portable to SQLite, MySQL, TiDB and Vitess (no upsert
 * dialect). Two first writers of one key collide on the INSERT; the write paths retry that.
 */
export async function updateOrInsert(
  manager: EntityManager,
  update: [string, unknown[]],
  insert: [string, unknown[]],
): Promise<void> {
  if (!(await updateRows(manager, update[0], update[1]))) await manager.query(insert[0], insert[1]);
}

/** A table of sums kept per key: the key's columns, and the columns a write adds to. */
export interface SumTable {
  table: string;
  keys: readonly string[];
  sums: readonly string[];
}

/**
 * Adds each entry's values to its key's row (updateOrInsert: the row is made when missing).
 * `key`: the key columns' values in order; `values`: the sum columns' in order.
 */
export async function addToSums(
  manager: EntityManager,
  { table, keys, sums }: SumTable,
  entries: Iterable<{ key: unknown[]; values: unknown[] }>,
): Promise<void> {
  const update = `UPDATE ${table} SET ${sums.map((c) => `${c} = ${c} + ?`).join(', ')} WHERE ${keys.map((c) => `${c} = ?`).join(' AND ')}`;
  const columns = [...keys, ...sums];
  const insert = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  for (const { key, values } of entries)
    await updateOrInsert(manager, [update, [...values, ...key]], [insert, [...key, ...values]]);
}
