import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { reformSubgraph } from '../../subgraphs/reform/reformSubgraph';
import { databaseConfig } from '../../subgraphs/shared/config';
import { dropMysqlDatabase, openDatabase } from '../../subgraphs/shared/database';

/**
 * Seeds the Gia Lâm data set once for the whole run, into a temporary folder (SQLite) or
 * databases with a test prefix (MySQL). Workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  // As for the gateway's subgraph timeout (startSupergraph.ts): the tests of statement limits set their own.
  process.env.STATS_STATEMENT_TIMEOUT_MS ||= '30000';
  if (process.env.DATABASE_URL) {
    process.env.DB_PREFIX = process.env.TEST_DB_PREFIX || 'onestop_test';
  } else {
    process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'onestop-test-'));
  }
  for (const definition of [districtSubgraph, communeSubgraph, reformSubgraph] as const) {
    const config = databaseConfig(definition.name);
    if (config.kind === 'mysql') await dropMysqlDatabase(config);
    const ds = await openDatabase(config, definition);
    try {
      await (definition.seed as (d: typeof ds) => Promise<void>)(ds);
    } finally {
      await ds.destroy();
    }
  }
}
