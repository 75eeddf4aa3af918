import { SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../subgraphs/commune/communeSubgraph';
import { districtSubgraph } from '../subgraphs/district/districtSubgraph';
import { databaseConfig } from '../subgraphs/shared/config';
import { openDatabase } from '../subgraphs/shared/database';
import {
  diffRollups,
  readRollups,
  recountFromDossiers,
  unitCodesWithDossiers,
} from '../subgraphs/desk/rollups/rollupBuild';
import type { RollupDelta } from '../subgraphs/desk/rollups/rollups';

/**
 * `npm run verify-rollups`: recounts every unit's rollups from its raw dossier rows and reports
 * each difference with what the rollup tables hold (exit status 1 when there is one). Streams
 * 50 units at a time, so a national data set (10 million dossiers) runs in bounded memory, with
 * a progress bar; the next batch's rows are read while this one is recounted.
 */
const UNITS_PER_BATCH = 50;
const SHOWN = 20;

/** Units with dossiers and units with rollup rows: a rollup row left for a unit without dossiers is a difference too. */
async function unitsToCheck(ds: DataSource): Promise<string[]> {
  const units = new Set(await unitCodesWithDossiers(ds));
  for (const table of ['dossier_day_rollup', 'dossier_cohort_rollup']) {
    for (const r of await ds.query(`SELECT DISTINCT unit_code AS u FROM ${table}`)) units.add(r.u);
  }
  return [...units].sort();
}

/** Both sides of one batch, raw rows and rollup rows, read in one go (the recount itself is in JavaScript). */
async function readBatch(ds: DataSource, units: string[]): Promise<{ expected: RollupDelta; found: RollupDelta }> {
  const [expected, found] = await Promise.all([recountFromDossiers(ds, units), readRollups(ds, units)]);
  return { expected, found };
}

async function verifyLevel(ds: DataSource, name: string, shown: { lines: number }): Promise<number> {
  const started = Date.now();
  const units = await unitsToCheck(ds);
  const bar = new SingleBar({
    format: `${name} [{bar}] {percentage}% {value}/{total} units, {dossiers} dossiers, {rate} dossiers/s`,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 10_000,
  });
  bar.start(units.length, 0, { dossiers: 0, rate: 0 });
  let dossiers = 0;
  let differences = 0;
  const batches: string[][] = [];
  for (let i = 0; i < units.length; i += UNITS_PER_BATCH) batches.push(units.slice(i, i + UNITS_PER_BATCH));
  // Printed after the bar, which would draw over them.
  const lines: string[] = [];
  try {
    let next = batches.length ? readBatch(ds, batches[0]) : null;
    for (let b = 0; next; b++) {
      const { expected, found } = await next;
      next = b + 1 < batches.length ? readBatch(ds, batches[b + 1]) : null;
      for (const n of expected.cohort.values()) dossiers += n;
      const diff = diffRollups(expected, found);
      const shownHere = diff.slice(0, Math.max(0, SHOWN - shown.lines));
      lines.push(...shownHere.map((line) => `${name}: ${line}`));
      shown.lines += shownHere.length;
      differences += diff.length;
      bar.increment(batches[b].length, { dossiers, rate: Math.round(dossiers / ((Date.now() - started) / 1000)) });
    }
  } finally {
    bar.stop();
  }
  for (const line of lines) console.log(line);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${name}: ${units.length} units, ${dossiers} dossiers recounted in ${seconds.toFixed(1)} s (${Math.round(dossiers / seconds)} dossiers/s), ${differences} rows differ`,
  );
  return differences;
}

async function verify(): Promise<number> {
  let differences = 0;
  const shown = { lines: 0 };
  for (const definition of [districtSubgraph, communeSubgraph]) {
    const ds = await openDatabase(databaseConfig(definition.name), definition);
    try {
      differences += await verifyLevel(ds, definition.name, shown);
    } finally {
      await ds.destroy();
    }
  }
  console.log(
    differences === 0
      ? 'rollups match the raw dossiers: no difference'
      : `${differences} rollup rows differ from the raw dossiers`,
  );
  return differences;
}

verify().then(
  (differences) => process.exit(differences === 0 ? 0 : 1),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
