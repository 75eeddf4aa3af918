import { communeSubgraph } from '../commune/communeSubgraph';
import { districtSubgraph } from '../district/districtSubgraph';
import { reformSubgraph } from '../reform/reformSubgraph';
import { databaseConfig } from './config';
import { openDatabase } from './database';
import type { SubgraphDefinition } from './subgraphApp';

/**
 * `npm run seed`: seeds each subgraph's database if it is empty. With `--reset`, drops every
 * table and rebuilds from the migrations and the seed files. The one place that knows all
 * three subgraphs: an operator's tool, not part of any service.
 */
async function seedAll(reset: boolean): Promise<void> {
  const definitions: SubgraphDefinition<any>[] = [districtSubgraph, communeSubgraph, reformSubgraph];
  for (const definition of definitions) {
    const started = Date.now();
    const ds = await openDatabase(databaseConfig(definition.name), definition);
    try {
      if (reset) {
        await ds.dropDatabase();
        await ds.runMigrations({ transaction: 'each' });
      }
      if (await definition.isEmpty(ds)) {
        await definition.seed(ds);
        console.log(`${definition.name}: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } else {
        console.log(`${definition.name}: already has data, kept (use --reset to rebuild)`);
      }
    } finally {
      await ds.destroy();
    }
  }
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--reset');
if (unknown.length > 0) {
  console.error(`unknown argument(s): ${unknown.join(' ')}; usage: npm run seed [-- --reset]`);
  process.exit(2);
}
seedAll(args.includes('--reset')).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
