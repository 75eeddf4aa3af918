import { parseArgs } from 'node:util';
import { communeSubgraph } from '../subgraphs/commune/communeSubgraph';
import { districtSubgraph } from '../subgraphs/district/districtSubgraph';
import { reformSubgraph } from '../subgraphs/reform/reformSubgraph';
import { databaseConfig } from '../subgraphs/shared/config';
import { openDatabase } from '../subgraphs/shared/database';
import { NATIONAL, seedNational, type NationalScale } from './nationalSeed';
import type { SubgraphDefinition } from '../subgraphs/shared/subgraphApp';

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

const USAGE = 'usage: npm run seed [-- --reset | --scale national [--districts n --communes n --dossiers n --years n]]';

/**
 * Flags: --reset, or --scale national (MySQL only) with optional --districts, --communes,
 * --dossiers and --years, which rebuilds the district and commune databases with a generated
 * national data set (nationalSeed.ts) and seeds the reform database if it is empty.
 */
function readArgs(args: string[]): { reset: boolean; national?: NationalScale } {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      reset: { type: 'boolean', default: false },
      scale: { type: 'string' },
      districts: { type: 'string' },
      communes: { type: 'string' },
      dossiers: { type: 'string' },
      years: { type: 'string' },
    },
  });
  if (values.scale !== undefined && values.scale !== 'national') throw new Error(`--scale takes "national"`);
  const scale = { ...NATIONAL };
  for (const size of ['districts', 'communes', 'dossiers', 'years'] as const) {
    const given = values[size];
    if (given === undefined) continue;
    const value = Number(given);
    // Counts must be whole (a unit or a dossier is not split); years may be a fraction.
    if (!(value > 0) || (size !== 'years' && !Number.isInteger(value)))
      throw new Error(`--${size} must be a positive number`);
    scale[size] = value;
  }
  return { reset: values.reset, national: values.scale === 'national' ? scale : undefined };
}

let parsed: ReturnType<typeof readArgs>;
try {
  parsed = readArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
(parsed.national ? seedNational(parsed.national).then(() => seedAll(false)) : seedAll(parsed.reset)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
