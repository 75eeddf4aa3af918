import type { EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Plain rows into a table as multi-row INSERTs, with placeholders: portable to every engine we
 * run on. About 4,000 placeholders per statement keeps each one under SQLite's and MySQL's
 * limits, whatever the number of columns.
 */
export async function insertRows(
  q: Queryable,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
): Promise<void> {
  const size = Math.max(1, Math.floor(4000 / columns.length));
  const row = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await q.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => row).join(', ')}`,
      chunk.flat(),
    );
  }
}
