import { communeSubgraph } from '../../commune/communeSubgraph';
import { districtSubgraph } from '../../district/districtSubgraph';
import { databaseConfig } from '../config';
import { openDatabase } from '../database';
import { diffRollups, readRollups, recountFromDossiers, unitCodesWithDossiers } from './rollupBuild';

/**
 * `npm run verify-rollups`: recounts every unit's rollups from its raw dossier rows and reports
 * each difference with what the rollup tables hold (exit status 1 when there is one). Reads
 * 50 units at a time, so it runs on a national data set in bounded memory.
 */
async function verify(): Promise<number> {
  let differences = 0;
  for (const definition of [districtSubgraph, communeSubgraph]) {
    const started = Date.now();
    const ds = await openDatabase(databaseConfig(definition.name), definition);
    try {
      const units = await unitCodesWithDossiers(ds);
      let dossiers = 0;
      for (let i = 0; i < units.length; i += 50) {
        const batch = units.slice(i, i + 50);
        const expected = await recountFromDossiers(ds, batch);
        for (const n of expected.cohort.values()) dossiers += n;
        const found = diffRollups(expected, await readRollups(ds, batch));
        for (const line of found.slice(0, Math.max(0, 20 - differences))) console.log(`${definition.name}: ${line}`);
        differences += found.length;
      }
      const seconds = (Date.now() - started) / 1000;
      console.log(`${definition.name}: ${units.length} units, ${dossiers} dossiers recounted in ${seconds.toFixed(1)} s`);
    } finally {
      await ds.destroy();
    }
  }
  console.log(differences === 0 ? 'rollups match the raw dossiers: no difference' : `${differences} rollup rows differ from the raw dossiers`);
  return differences;
}

verify().then(
  (differences) => process.exit(differences === 0 ? 0 : 1),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
