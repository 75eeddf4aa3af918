import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../subgraphs/shared/config';
import { dropMysqlDatabase, openDatabase } from '../../subgraphs/shared/database';
import type { SubgraphDefinition } from '../../subgraphs/shared/subgraphApp';

/** Builds a test's own database from scratch: dropped, migrated, then filled by `seed`. */
export async function seedVariant(
  config: DatabaseConfig,
  definition: SubgraphDefinition<any>,
  seed: (ds: DataSource) => Promise<void>,
): Promise<void> {
  if (config.kind === 'mysql') await dropMysqlDatabase(config);
  const ds = await openDatabase(config, definition);
  try {
    if (config.kind === 'sqlite') {
      await ds.dropDatabase();
      await ds.runMigrations();
    }
    await seed(ds);
  } finally {
    await ds.destroy();
  }
}
