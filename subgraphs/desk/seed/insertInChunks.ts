import type { EntityManager, EntitySchema } from 'typeorm';

/**
 * One multi-row INSERT per chunk, written directly: TypeORM's InsertQueryBuilder re-scans its
 * parameters for every value, which made a quarter of the seed's time (CPU profile). Each value
 * still goes through the driver's own conversion (preparePersistentValue), so the stored rows
 * are exactly what the entity would write. Generated columns the rows leave out are skipped.
 */
async function insertRows<T extends object>(manager: EntityManager, entity: EntitySchema<T>, rows: T[]): Promise<void> {
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter(
    (c) => !(c.isGenerated && rows.every((r) => c.getEntityValue(r) === undefined)),
  );
  const quote = (name: string) => driver.escape(name);
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  const values: unknown[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const value = column.getEntityValue(row);
      values.push(driver.preparePersistentValue(value === undefined ? (column.default ?? null) : value, column));
    }
  }
  await manager.query(
    `INSERT INTO ${quote(metadata.tableName)} (${columns.map((c) => quote(c.databaseName)).join(', ')}) VALUES ${rows.map(() => placeholders).join(', ')}`,
    values,
  );
}

/**
 * Multi-row INSERTs inside the caller's transaction (a seed is one transaction: all there or
 * not there at all). 500 rows keeps every statement under SQLite's and MySQL's placeholder
 * limits. Rows only: dossiers inserted this way need their rollups rebuilt (seedDesks.ts).
 */
export async function insertInChunks<T extends object>(
  manager: EntityManager,
  entity: EntitySchema<T>,
  rows: T[],
  size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insertRows(manager, entity, rows.slice(i, i + size));
}
