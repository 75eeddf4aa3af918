import type { DataSource, EntitySchema } from 'typeorm';

/**
 * Multi-row INSERTs in one transaction: a seed is all there or not there at all.
 * 500 rows keeps every statement under SQLite's and MySQL's placeholder limits.
 */
export async function insertInChunks<T extends object>(ds: DataSource, entity: EntitySchema<T>, rows: T[], size = 500): Promise<void> {
  await ds.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += size) {
      await manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + size) as any).updateEntity(false).execute();
    }
  });
}
