import type { DataSource, EntitySchema } from 'typeorm';
import { DossierEntity, type Dossier } from './dossierEntity';
import { rebuildRollups } from './rollupBuild';

/**
 * Multi-row INSERTs in one transaction: a seed is all there or not there at all.
 * 500 rows keeps every statement under SQLite's and MySQL's placeholder limits.
 * Dossiers inserted in bulk get their units' statistic rollups rebuilt in the same transaction.
 */
export async function insertInChunks<T extends object>(ds: DataSource, entity: EntitySchema<T>, rows: T[], size = 500): Promise<void> {
  await ds.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += size) {
      await manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + size) as any).updateEntity(false).execute();
    }
    if ((entity as EntitySchema<any>) === DossierEntity) {
      const units = [...new Set((rows as unknown as Dossier[]).map((d) => d.unitCode))].sort();
      for (let i = 0; i < units.length; i += 50) await rebuildRollups(manager, units.slice(i, i + 50));
    }
  });
}
