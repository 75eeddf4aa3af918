import { SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../subgraphs/commune/communeSubgraph';
import { districtSubgraph } from '../subgraphs/district/districtSubgraph';
import { seedHolidays } from '../subgraphs/desk/calendar/holidaySeed';
import { databaseConfig, type DatabaseConfig } from '../subgraphs/shared/config';
import { dropMysqlDatabase, openDatabase } from '../subgraphs/shared/database';
import { insertRows } from '../subgraphs/shared/insertRows';
import { repoFile } from '../subgraphs/shared/paths';
import { insertCatalogue, readCatalogue } from '../subgraphs/desk/catalogue/catalogueSeed';
import { dropSecondaryIndexes, restoreSecondaryIndexes } from '../subgraphs/desk/seed/deferredIndexes';
import type { LevelOptions } from '../subgraphs/desk/seed/nationalGenerator';
import { writeLevel } from '../subgraphs/desk/seed/nationalWriters';

export interface NationalScale {
  districts: number;
  communes: number;
  dossiers: number;
  years: number;
}

export const NATIONAL: NationalScale = { districts: 700, communes: 10_000, dossiers: 10_000_000, years: 5 };
/** Share of dossiers at district desks; the rest go to commune desks. */
const DISTRICT_SHARE = 0.17;
/** Rows per INSERT: about 300 kB of SQL, well under MySQL's smallest max_allowed_packet default (4 MB). */
const ROWS_PER_STATEMENT = 2000;
/** Dossiers per transaction (whole units): few commits, and a failed batch is cheap to redo. */
const DOSSIERS_PER_BATCH = 25_000;
/** Parallel writers: two keep both the database and the generator busy on a two-core machine. */
const WRITERS = 2;

interface Progress {
  /** Dossiers committed so far: each unit gets its share give or take half, so not the flag's count. */
  written: number;
  /** Time each level's index build took, for the summary. */
  indexes: string[];
}

/**
 * One desk level's dossiers, written by parallel writers (nationalWriters.ts) in transactions
 * that each hold whole units' rows and their rollup rows. Dossiers get their final state
 * (resolved, denied, withdrawn or open) without event history, which the statistics do not
 * read. The dossier table's secondary indexes are built once at the end (deferredIndexes.ts):
 * until then the level is being seeded and not served.
 */
async function seedLevel(
  ds: DataSource,
  config: DatabaseConfig,
  options: LevelOptions,
  bar: SingleBar,
  progress: Progress,
): Promise<void> {
  const deferred = await dropSecondaryIndexes(ds, 'dossier');
  bar.update({ phase: `${options.level} dossiers` });
  await writeLevel(config, options, WRITERS, (dossiers) => {
    progress.written += dossiers;
    bar.increment(dossiers);
  });
  bar.update({ phase: `${options.level} indexes` });
  // One connection: the restore sets a session variable for its ALTER.
  const runner = ds.createQueryRunner();
  const started = Date.now();
  try {
    await restoreSecondaryIndexes(runner.manager, deferred);
  } finally {
    await runner.release();
  }
  progress.indexes.push(`${options.level} ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** What one level's database gets: its units' rows and the options of its dossiers' generator. */
interface LevelPlan {
  level: 'district' | 'commune';
  columns: string[];
  units: unknown[][];
  options: LevelOptions;
}

function levelPlans(scale: NationalScale): LevelPlan[] {
  const districtCodes = Array.from({ length: scale.districts }, (_, i) => String(i + 1).padStart(3, '0'));
  const communeCodes = Array.from({ length: scale.communes }, (_, i) => String(i + 1).padStart(5, '0'));
  const districtDossiers = Math.round(scale.dossiers * DISTRICT_SHARE);
  const common = { years: scale.years, rowsPerStatement: ROWS_PER_STATEMENT, dossiersPerBatch: DOSSIERS_PER_BATCH };
  return [
    {
      level: 'district',
      columns: ['code', 'name', 'province_code'],
      units: districtCodes.map((c) => [c, c === '018' ? 'Huyện Gia Lâm' : `Huyện ${c}`, '01']),
      options: { ...common, level: 'district', units: districtCodes, total: districtDossiers, seed: 7 },
    },
    {
      level: 'commune',
      columns: ['code', 'name', 'kind', 'district_code'],
      units: communeCodes.map((c, i) => [c, `Xã ${c}`, 'COMMUNE', districtCodes[i % districtCodes.length]]),
      options: { ...common, level: 'commune', units: communeCodes, total: scale.dossiers - districtDossiers, seed: 11 },
    },
  ];
}

/** A level's database rebuilt: dropped, migrated, its catalogue, holidays and units, then its dossiers. */
async function seedLevelDatabase(
  config: Extract<DatabaseConfig, { kind: 'mysql' }>,
  plan: LevelPlan,
  bar: SingleBar,
  progress: Progress,
): Promise<void> {
  await dropMysqlDatabase(config);
  const ds = await openDatabase(config, plan.level === 'district' ? districtSubgraph : communeSubgraph);
  try {
    await insertCatalogue(ds.manager, readCatalogue(repoFile('subgraphs', plan.level, 'seed')));
    await seedHolidays(ds.manager);
    await insertRows(ds, plan.level, plan.columns, plan.units);
    await seedLevel(ds, config, plan.options, bar, progress);
  } finally {
    await ds.destroy();
  }
}

/** Without a terminal (CI, a log file) the bar is printed as a line every 10 s. */
function startProgress(total: number, started: number): { bar: SingleBar; progress: Progress; stop: () => void } {
  const bar = new SingleBar({
    format: '{phase} [{bar}] {percentage}% {value}/{total} {rate}/s eta {eta}s',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 10_000,
  });
  bar.start(total, 0, { rate: 0, phase: 'schema' });
  const progress: Progress = { written: 0, indexes: [] };
  const timer = setInterval(
    () => bar.update({ rate: Math.round(progress.written / ((Date.now() - started) / 1000)) }),
    1000,
  );
  return {
    bar,
    progress,
    stop: () => {
      clearInterval(timer);
      bar.stop();
    },
  };
}

/** `npm run seed -- --scale national [--districts n --communes n --dossiers n --years n]`, MySQL only. */
export async function seedNational(scale: NationalScale): Promise<void> {
  const district = databaseConfig('district');
  const commune = databaseConfig('commune');
  if (district.kind !== 'mysql' || commune.kind !== 'mysql')
    throw new Error('--scale national needs DATABASE_URL=mysql://...');
  const configs = { district, commune };
  const started = Date.now();
  const { bar, progress, stop } = startProgress(scale.dossiers, started);
  try {
    for (const plan of levelPlans(scale)) await seedLevelDatabase(configs[plan.level], plan, bar, progress);
  } finally {
    stop();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `national data set: ${scale.districts} districts, ${scale.communes} communes, ${progress.written} dossiers in ${seconds.toFixed(0)} s (${Math.round(progress.written / seconds)} dossiers/s; dossier indexes built at the end: ${progress.indexes.join(', ')})`,
  );
}
