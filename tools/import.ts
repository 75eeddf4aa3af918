import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { SingleBar } from 'cli-progress';
import { communeSubgraph } from '../subgraphs/commune/communeSubgraph';
import { CommuneEntity } from '../subgraphs/commune/entities/CommuneEntity';
import { districtSubgraph } from '../subgraphs/district/districtSubgraph';
import { DistrictEntity } from '../subgraphs/district/entities/DistrictEntity';
import { databaseConfig } from '../subgraphs/shared/config';
import { openDatabase } from '../subgraphs/shared/database';
import { importEvents, type ImportReport } from '../subgraphs/desk/events/importEvents';
import { readEventFile } from '../subgraphs/desk/events/readEventFile';
import { importScorecardFacts } from '../subgraphs/desk/scorecard/store/importScorecardFacts';
import { readScorecardFactFile } from '../subgraphs/desk/scorecard/store/readScorecardFactFile';
import { bumpSharedGeneration } from '../subgraphs/shared/dataGeneration';

const USAGE = 'usage: npm run import -- --unit <unit code> [--partial] [--scorecard] [--format csv|jsonl] <file>';

/** Exit codes: 0 all stored, 1 rows rejected and nothing stored, 2 partial, 64 usage, 70 failure. */
function exitCode(report: ImportReport, partial: boolean): number {
  if (report.rejected.length === 0) return 0;
  return partial ? 2 : 1;
}

function readArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      unit: { type: 'string', default: '' },
      partial: { type: 'boolean', default: false },
      // The file holds scorecard facts (ScorecardFactInput's fields), not desk events.
      scorecard: { type: 'boolean', default: false },
      format: { type: 'string' },
    },
  });
  const { unit, partial, format, scorecard } = values;
  if (format !== undefined && format !== 'csv' && format !== 'jsonl') throw new Error('--format is csv or jsonl');
  if (positionals.length > 1) throw new Error(`only one file at a time (got ${positionals[0]} and ${positionals[1]})`);
  const file = positionals[0] ?? '';
  if (!/^\d{3}$|^\d{5}$/.test(unit)) throw new Error('--unit is a district (3 digits) or commune (5 digits) code');
  if (!file) throw new Error('which file?');
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  return { unit, partial, format, file, scorecard };
}

type Args = ReturnType<typeof readArgs>;

/** A bar on a terminal; without one, a line now and then, so a log shows how far it got. */
function progressReporter(total: number): { update: (done: number, total: number) => void; stop: () => void } {
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'importing [{bar}] {value}/{total} rows  {rate} rows/s', stream: process.stderr })
    : null;
  const started = Date.now();
  bar?.start(total, 0, { rate: 0 });
  return {
    update: (done, total) => {
      const rate = Math.round((done * 1000) / Math.max(1, Date.now() - started));
      if (bar) bar.update(done, { rate });
      else if (done % 1000 === 0 || done === total) console.error(`progress ${done}/${total} rows`);
    },
    stop: () => bar?.stop(),
  };
}

function printReport(args: Args, report: ImportReport): void {
  for (const { line, reason } of report.rejected) console.log(`line ${line}: ${reason}`);
  const outcome =
    report.rejected.length && !args.partial
      ? 'nothing stored (all or nothing; --partial keeps the good rows)'
      : 'stored';
  console.log(
    `${args.file}: ${report.rows} rows, ${report.imported} imported, ${report.alreadyImported} already imported, ` +
      `${report.rejected.length} rejected; ${outcome}`,
  );
}

async function importInto(ds: DataSource, district: boolean, args: Args): Promise<number> {
  const unitExists = district
    ? await ds.getRepository(DistrictEntity).existsBy({ code: args.unit })
    : await ds.getRepository(CommuneEntity).existsBy({ code: args.unit });
  if (!unitExists) {
    console.error(
      `unit ${args.unit} is not a ${district ? 'district' : 'commune-level unit'} of this database\n${USAGE}`,
    );
    return 64;
  }
  const format = args.format as 'csv' | 'jsonl' | undefined;
  const rows = args.scorecard
    ? readScorecardFactFile(args.file, args.unit, format)
    : readEventFile(args.file, args.unit, format);
  const progress = progressReporter(rows.length);
  const options = { partial: args.partial, onProgress: progress.update };
  const report = args.scorecard
    ? await importScorecardFacts(ds, rows as ReturnType<typeof readScorecardFactFile>, options)
    : await importEvents(ds, district ? 'DISTRICT' : 'COMMUNE', rows as ReturnType<typeof readEventFile>, options);
  progress.stop();
  printReport(args, report);
  // Cached statistics at the gateways must not outlive what was just stored (shared through Redis).
  if (report.stored && report.imported > 0 && !(await bumpSharedGeneration(process.env.REDIS_URL || undefined))) {
    console.error('REDIS_URL is not set: gateways serve cached statistics from before this import until they expire');
  }
  return exitCode(report, args.partial);
}

/**
 * `npm run import`: a desk's historical export into its level's database, with the rules of
 * the event API. Writes directly to the database (an operator's tool, like the seed), so it
 * needs the same DATABASE_URL / DATA_DIR as the subgraph.
 */
async function main(): Promise<number> {
  let args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 64;
  }
  const district = args.unit.length === 3;
  const definition = district ? districtSubgraph : communeSubgraph;
  const ds = await openDatabase(databaseConfig(definition.name), definition);
  try {
    return await importInto(ds, district, args);
  } finally {
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`import failed, nothing more was stored: ${error instanceof Error ? error.message : error}`);
    process.exit(70);
  },
);
