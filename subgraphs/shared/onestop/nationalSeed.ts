import { SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../../commune/communeSubgraph';
import { districtSubgraph } from '../../district/districtSubgraph';
import { seedHolidays } from '../calendar/holidaySeed';
import { databaseConfig } from '../config';
import { dropMysqlDatabase, openDatabase } from '../database';
import { addDays } from '../dates';
import { repoFile } from '../paths';
import { insertCatalogue, readCatalogue, type Catalogue } from './catalogueSeed';
import { writeDelta } from './rollupBuild';
import { addContribution, emptyDelta, type RollupDossier } from './rollups';

export interface NationalScale {
  districts: number;
  communes: number;
  dossiers: number;
  years: number;
}

export const NATIONAL: NationalScale = { districts: 700, communes: 10_000, dossiers: 10_000_000, years: 5 };
const FIRST_DAY = '2021-01-01';
/** Share of dossiers at district desks; the rest go to commune desks. */
const DISTRICT_SHARE = 0.17;
const COLUMNS = ['code', 'unit_code', 'procedure_code', 'channel', 'received_at', 'received_on', 'due_on', 'resolved_at', 'resolved_on', 'status', 'closed_on', 'supplement_count', 'paused_days', 'processing_days'];

/** A small fast generator (mulberry32): the same scale always gives the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Dossiers of one desk level for the national data set, written unit batch by unit batch: each
 * batch's multi-row INSERTs and its rollup rows go in one transaction, so rollups match the raw
 * rows at every moment. Dossiers get their final state (resolved, denied, withdrawn or open)
 * without event history, which the statistics do not read.
 */
async function seedLevel(ds: DataSource, catalogue: Catalogue, units: string[], total: number, scale: NationalScale, bar: SingleBar, seed: number) {
  const calendar = await seedHolidays(ds.manager);
  const rand = random(seed);
  const procedures = catalogue.forGenerator.filter((p) => p.weight > 0);
  const cumulative: number[] = [];
  procedures.reduce((sum, p, i) => (cumulative[i] = sum + p.weight), 0);
  const weightSum = cumulative[cumulative.length - 1];
  const days = Math.round(scale.years * 365.25);
  const lastDay = addDays(FIRST_DAY, days - 1);
  const dueMemo = new Map<string, string>();
  const due = (day: string, limit: number) => {
    const key = `${day}|${limit}`;
    let d = dueMemo.get(key);
    if (!d) dueMemo.set(key, (d = calendar.addWorkingDays(day, limit)));
    return d;
  };
  const perUnit = total / units.length;
  for (let u = 0; u < units.length; u += 20) {
    const batch = units.slice(u, u + 20);
    const rows: unknown[][] = [];
    const delta = emptyDelta();
    for (const unit of batch) {
      const count = Math.max(1, Math.round(perUnit * (0.5 + rand())));
      const received = Array.from({ length: count }, () => addDays(FIRST_DAY, Math.floor(rand() * days))).sort();
      let seq = 0;
      received.forEach((day, i) => {
        seq = i > 0 && received[i - 1] === day ? seq + 1 : 1;
        const pick = rand() * weightSum;
        const p = procedures[cumulative.findIndex((c) => c >= pick)];
        const limit = p.timeLimitOn(day);
        const dueOn = due(day, limit);
        const channel = p.onlineLevel === 'FULL' && rand() < 0.4 ? 'ONLINE' : rand() < 0.05 ? 'POST' : 'IN_PERSON';
        const fate = rand();
        const lag = Math.floor(rand() * (limit + 3));
        const endOn = calendar.addWorkingDays(day, lag);
        const closedOn = fate < 0.97 && endOn <= lastDay ? endOn : null;
        const status = closedOn === null ? 'IN_PROGRESS' : fate < 0.93 ? 'RESOLVED' : fate < 0.95 ? 'DENIED' : 'WITHDRAWN';
        const resolvedOn = status === 'RESOLVED' ? closedOn : null;
        const d: RollupDossier = {
          unitCode: unit, procedureCode: p.code, channel, receivedOn: day, dueOn, resolvedOn, closedOn, status,
          supplementCount: 0, pausedOn: null, processingDays: resolvedOn ? lag : null,
        };
        addContribution(delta, d, 1);
        const code = `${unit}-${day.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
        rows.push([code, unit, p.code, channel, `${day} 02:00:00`, day, dueOn, resolvedOn && `${resolvedOn} 09:00:00`, resolvedOn, status, closedOn, 0, 0, d.processingDays]);
      });
    }
    await ds.transaction(async (manager) => {
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        await manager.query(`INSERT INTO dossier (${COLUMNS.join(', ')}) VALUES ${chunk.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ')}`, chunk.flat());
      }
      await writeDelta(manager, delta);
    });
    bar.increment(rows.length);
  }
}

/** `npm run seed -- --scale national [--districts n --communes n --dossiers n --years n]`, MySQL only. */
export async function seedNational(scale: NationalScale): Promise<void> {
  const district = databaseConfig('district');
  const commune = databaseConfig('commune');
  if (district.kind !== 'mysql' || commune.kind !== 'mysql') throw new Error('--scale national needs DATABASE_URL=mysql://...');
  const districtCodes = Array.from({ length: scale.districts }, (_, i) => String(i + 1).padStart(3, '0'));
  const communeCodes = Array.from({ length: scale.communes }, (_, i) => String(i + 1).padStart(5, '0'));
  // Without a terminal (CI, a log file) the bar is printed as a line every 10 s.
  const bar = new SingleBar({ format: 'dossiers [{bar}] {percentage}% {value}/{total} {rate}/s eta {eta}s', hideCursor: true, noTTYOutput: true, notTTYSchedule: 10_000 });
  const started = Date.now();
  const districtDossiers = Math.round(scale.dossiers * DISTRICT_SHARE);
  bar.start(scale.dossiers, 0, { rate: 0 });
  const timer = setInterval(() => bar.update({ rate: Math.round(bar.getProgress() * scale.dossiers / ((Date.now() - started) / 1000)) }), 1000);
  try {
    for (const [config, definition, level] of [[district, districtSubgraph, 'district'], [commune, communeSubgraph, 'commune']] as const) {
      await dropMysqlDatabase(config);
      const ds = await openDatabase(config, definition);
      try {
        const catalogue = readCatalogue(repoFile('subgraphs', level, 'seed'));
        await insertCatalogue(ds.manager, catalogue);
        if (level === 'district') {
          await insertUnits(ds, 'district', ['code', 'name', 'province_code'], districtCodes.map((c) => [c, c === '018' ? 'Huyện Gia Lâm' : `Huyện ${c}`, '01']));
          await seedLevel(ds, catalogue, districtCodes, districtDossiers, scale, bar, 7);
        } else {
          await insertUnits(ds, 'commune', ['code', 'name', 'kind', 'district_code'], communeCodes.map((c, i) => [c, `Xã ${c}`, 'COMMUNE', districtCodes[i % districtCodes.length]]));
          await seedLevel(ds, catalogue, communeCodes, scale.dossiers - districtDossiers, scale, bar, 11);
        }
      } finally {
        await ds.destroy();
      }
    }
  } finally {
    clearInterval(timer);
    bar.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`national data set: ${scale.districts} districts, ${scale.communes} communes, ${scale.dossiers} dossiers in ${seconds.toFixed(0)} s (${Math.round(scale.dossiers / seconds)} dossiers/s)`);
}

async function insertUnits(ds: DataSource, table: string, columns: string[], rows: unknown[][]) {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await ds.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`, chunk.flat());
  }
}
