import { readHolidayFile } from '../calendar/holidaySeed';
import { WorkingCalendar } from '../calendar/WorkingCalendar';
import { addDays } from '../../shared/dates';
import { repoFile } from '../../shared/paths';
import { Random } from '../../shared/random';
import { readCatalogue } from '../catalogue/catalogueSeed';
import { addContribution, emptyDelta, type RollupDelta, type RollupDossier } from '../rollups/rollups';

/**
 * The national data set's dossiers, generated without a database: a pure function of its
 * options, so the same flags always give the same rows in the same order (and so the same ids).
 * It runs in the writers' worker threads (nationalWriters.ts), which is why it reads the
 * catalogue and the holidays from the seed files itself.
 */
export interface LevelOptions {
  level: 'district' | 'commune';
  units: string[];
  /** Dossiers to spread over the units (each gets between half and one and a half times its share). */
  total: number;
  years: number;
  /** Seed of the random stream. */
  seed: number;
  /** Rows per INSERT statement. */
  rowsPerStatement: number;
  /** About this many dossiers per batch (one transaction), in whole units. */
  dossiersPerBatch: number;
}

/** One transaction's worth: whole units, their INSERT statements and the rollup rows they call for. */
export interface LevelBatch {
  units: number;
  dossiers: number;
  statements: string[];
  delta: RollupDelta;
}

export const FIRST_DAY = '2021-01-01';
const COLUMNS = [
  'id',
  'code',
  'unit_code',
  'procedure_code',
  'channel',
  'received_at',
  'received_on',
  'due_on',
  'resolved_at',
  'resolved_on',
  'status',
  'closed_on',
  'supplement_count',
  'paused_days',
  'processing_days',
];

/**
 * A standard SQL string literal (quotes doubled). Statements carry literals rather than
 * placeholders so the driver does not re-scan megabytes of SQL for `?` on the main thread;
 * every value is a code, a day or a constant, and backslashes (which MySQL would read as
 * escapes) are refused rather than handled.
 */
function literal(value: string): string {
  if (value.includes('\\')) throw new Error(`unexpected backslash in seed value ${value}`);
  return `'${value.replaceAll("'", "''")}'`;
}

/** Sorted by key, so each batch's rollup rows go into the primary keys in (nearly) their order. */
function sortedDelta(delta: RollupDelta): RollupDelta {
  return {
    day: new Map([...delta.day].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    cohort: new Map([...delta.cohort].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
}

/** What every dossier of a level is drawn from: the catalogue's weights, and the days as tables. */
interface Generation {
  options: LevelOptions;
  rand: () => number;
  perUnit: number;
  procedures: ReturnType<typeof readCatalogue>['forGenerator'];
  quotedProcedure: string[];
  cumulative: number[];
  weightSum: number;
  days: number;
  lastDay: string;
  dayOf: string[];
  codeDayOf: string[];
  quotedDayOf: string[];
  limitOf: Int16Array[];
  addWorkingDays: (dayIndex: number, n: number) => string;
}

function prepareGeneration(options: LevelOptions): Generation {
  const calendar = new WorkingCalendar(readHolidayFile());
  const catalogue = readCatalogue(repoFile('subgraphs', options.level, 'seed'));
  const procedures = catalogue.forGenerator.filter((p) => p.weight > 0);
  const cumulative: number[] = [];
  procedures.reduce((sum, p, i) => (cumulative[i] = sum + p.weight), 0);
  const days = Math.round(options.years * 365.25);
  // Days as indexes into these tables: string date arithmetic was a fifth of the seed's CPU.
  const dayOf = Array.from({ length: days }, (_, i) => addDays(FIRST_DAY, i));
  // Working-day arithmetic, remembered per (day, number of days): a few thousand distinct pairs.
  const workingMemo = new Map<number, string>();
  const addWorkingDays = (dayIndex: number, n: number) => {
    const key = dayIndex * 4096 + n;
    let d = workingMemo.get(key);
    if (d === undefined) workingMemo.set(key, (d = calendar.addWorkingDays(dayOf[dayIndex], n)));
    return d;
  };
  // The seed data's generator (mulberry32): the same scale always gives the same data.
  const random = new Random(options.seed);
  return {
    options,
    rand: () => random.next(),
    perUnit: options.total / options.units.length,
    procedures,
    quotedProcedure: procedures.map((p) => literal(p.code)),
    cumulative,
    weightSum: cumulative[cumulative.length - 1],
    days,
    lastDay: addDays(FIRST_DAY, days - 1),
    dayOf,
    codeDayOf: dayOf.map((d) => d.slice(2).replaceAll('-', '')),
    quotedDayOf: dayOf.map((d) => `'${d}'`),
    limitOf: procedures.map(() => new Int16Array(days).fill(-1)),
    addWorkingDays,
  };
}

/** First procedure whose cumulative weight reaches the pick (a binary search of findIndex's answer). */
function pickProcedure(cumulative: number[], pick: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] >= pick) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const quote = (d: string | null) => (d === null ? 'NULL' : `'${d}'`);

/**
 * A unit whose batch another writer owns: the same calls to the random stream as drawUnit
 * makes, without building anything, so every writer's stream stays where one writer's would be.
 */
function skipUnit(g: Generation): number {
  const { rand } = g;
  const count = Math.max(1, Math.round(g.perUnit * (0.5 + rand())));
  for (let i = 0; i < count; i++) rand();
  for (let i = 0; i < count; i++) {
    const p = g.procedures[pickProcedure(g.cumulative, rand() * g.weightSum)];
    if (!(p.onlineLevel === 'FULL' && rand() < 0.4)) rand();
    rand();
    rand();
  }
  return count;
}

/**
 * The batches of one writer out of `writers` (batch b belongs to writer b % writers). Every
 * writer walks the whole random stream, so the rows do not depend on the number of writers.
 */
export function* generateLevel(options: LevelOptions, writer = 0, writers = 1): Generator<LevelBatch> {
  const g = prepareGeneration(options);
  const { units } = options;
  const unitsPerBatch = Math.max(1, Math.round(options.dossiersPerBatch / g.perUnit));
  // Ids given explicitly, in generation order: what AUTO_INCREMENT would give one writer, whichever writer commits first.
  let nextId = 1;
  for (let u = 0, b = 0; u < units.length; u += unitsPerBatch, b++) {
    const batch = units.slice(u, u + unitsPerBatch);
    if (b % writers !== writer) {
      for (let n = 0; n < batch.length; n++) nextId += skipUnit(g);
      continue;
    }
    const built = buildBatch(g, batch, nextId);
    nextId += built.dossiers;
    yield built;
  }
}

const HEAD = `INSERT INTO dossier (${COLUMNS.join(', ')}) VALUES `;

/** Whole units' dossiers as INSERT statements of rowsPerStatement rows, with their rollup rows. */
function buildBatch(g: Generation, batch: string[], firstId: number): LevelBatch {
  const statements: string[] = [];
  let values: string[] = [];
  const delta = emptyDelta();
  let dossiers = 0;
  for (const unit of batch) {
    dossiers += drawUnit(g, unit, firstId + dossiers, (dossier, tuple) => {
      addContribution(delta, dossier, 1);
      values.push(tuple);
      if (values.length === g.options.rowsPerStatement) {
        statements.push(HEAD + values.join(', '));
        values = [];
      }
    });
  }
  if (values.length) statements.push(HEAD + values.join(', '));
  return { units: batch.length, dossiers, statements, delta: sortedDelta(delta) };
}

/** One unit's dossiers in the order they were received, numbered from firstId; returns how many. */
function drawUnit(
  g: Generation,
  unit: string,
  firstId: number,
  emit: (dossier: RollupDossier, tuple: string) => void,
): number {
  const count = Math.max(1, Math.round(g.perUnit * (0.5 + g.rand())));
  const received = new Int32Array(count);
  for (let i = 0; i < count; i++) received[i] = Math.floor(g.rand() * g.days);
  received.sort();
  const quotedUnit = literal(unit);
  let seq = 0;
  for (let i = 0; i < count; i++) {
    seq = i > 0 && received[i - 1] === received[i] ? seq + 1 : 1;
    drawDossier(g, unit, quotedUnit, received[i], seq, firstId + i, emit);
  }
  return count;
}

/** A dossier's end: closed on the day it ends within the data set's days (97%), and how. */
function fateOf(fate: number, endOn: string | null): Pick<RollupDossier, 'closedOn' | 'status' | 'resolvedOn'> {
  const closedOn = fate < 0.97 ? endOn : null;
  const status = closedOn === null ? 'IN_PROGRESS' : fate < 0.93 ? 'RESOLVED' : fate < 0.95 ? 'DENIED' : 'WITHDRAWN';
  return { closedOn, status, resolvedOn: status === 'RESOLVED' ? closedOn : null };
}

/** A dossier received on the day: its procedure, channel and fate drawn in that order. */
function drawDossier(
  g: Generation,
  unit: string,
  quotedUnit: string,
  dayIndex: number,
  seq: number,
  id: number,
  emit: (dossier: RollupDossier, tuple: string) => void,
): void {
  const { rand } = g;
  const day = g.dayOf[dayIndex];
  const pi = pickProcedure(g.cumulative, rand() * g.weightSum);
  const p = g.procedures[pi];
  let limit = g.limitOf[pi][dayIndex];
  if (limit < 0) limit = g.limitOf[pi][dayIndex] = p.timeLimitOn(day);
  const dueOn = g.addWorkingDays(dayIndex, limit);
  const channel = p.onlineLevel === 'FULL' && rand() < 0.4 ? 'ONLINE' : rand() < 0.05 ? 'POST' : 'IN_PERSON';
  const fate = rand();
  const lag = Math.floor(rand() * (limit + 3));
  const endOn = g.addWorkingDays(dayIndex, lag);
  const { closedOn, status, resolvedOn } = fateOf(fate, endOn <= g.lastDay ? endOn : null);
  const processingDays = resolvedOn ? lag : null;
  const code = `${unit}-${g.codeDayOf[dayIndex]}-${String(seq).padStart(4, '0')}`;
  emit(
    {
      unitCode: unit,
      procedureCode: p.code,
      channel,
      receivedOn: day,
      dueOn,
      resolvedOn,
      closedOn,
      status,
      supplementCount: 0,
      pausedOn: null,
      processingDays,
    },
    `(${id}, '${code}', ${quotedUnit}, ${g.quotedProcedure[pi]}, '${channel}', '${day} 02:00:00', ${g.quotedDayOf[dayIndex]}, '${dueOn}', ${resolvedOn === null ? 'NULL' : `'${resolvedOn} 09:00:00'`}, ${quote(resolvedOn)}, '${status}', ${quote(closedOn)}, 0, 0, ${resolvedOn ? lag : 'NULL'})`,
  );
}
