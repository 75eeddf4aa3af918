import path from 'node:path';
import { databaseConfig, type DatabaseConfig, type SubgraphName } from '../../subgraphs/shared/config';

/**
 * The database a test uses for a subgraph. The shared, read-only Gia Lâm data set is seeded
 * once per run by globalSetup (variant 'main'); tests that need their own data name a variant,
 * which gets its own SQLite file or MySQL database next to it.
 */
export function testDatabase(name: SubgraphName, variant = 'main'): DatabaseConfig {
  const config = databaseConfig(name);
  if (variant === 'main') return config;
  if (config.kind === 'mysql') return { ...config, database: `${config.database}_${variant}` };
  return { kind: 'sqlite', file: path.join(path.dirname(config.file), `${variant}-${name}.sqlite`) };
}

export const onMysql = () => Boolean(process.env.DATABASE_URL);
