import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { answerMemo } from '../../shared/answerMemo';
import { dependOnUnits, describedReads } from '../../shared/answerDependencies';
import { windowKey, type DateWindow } from '../../shared/dates';
import { groupBy } from '../../shared/groupBy';
import { readSession } from '../../shared/replicaReads';
import type { ProcedureLevel } from '../catalogue/procedureEntities';
import { breakdownCacheKey, breakdownGroup, type BreakdownKeyArgs } from './breakdownKeys';
import { loadStatistics, mergeRows } from './dossierStatistics';
import type { BreakdownKey, FigureCounts } from './figures';
import { countDossiersByUnit, countProcedures } from './levelStatistics';
import { addCounts, dossierStats, ZERO_COUNTS, type DossierStats, type LevelReport } from './stats';

export interface ReportKey extends DateWindow {
  districtCode: string;
}

/** A breakdown row as computed: only counts travel; the derived figures are the BreakdownRow resolver's. */
export type BreakdownCountsRow = { key: BreakdownKey; counts: FigureCounts };
export type BreakdownRows = BreakdownCountsRow[];

/** A desk unit of a level, and the district it reports under (a district desk: its own code). */
export interface DeskUnit {
  code: string;
  districtCode: string;
}

/** The desk units of some districts with their rollup counters (rollupVersions.ts), as one string. */
export type UnitsOf<U extends DeskUnit> = (
  districtCodes: readonly string[],
) => Promise<{ units: U[]; versions: string }>;

/** One level's answer for one report: the level's figures and one row per desk unit. */
export interface DeskLevelReport<U extends DeskUnit> {
  level: LevelReport;
  byUnit: { unit: U; dossiers: DossierStats }[];
}

const reportKey = (key: ReportKey) => `${key.districtCode}|${windowKey(key)}`;

const districtsOf = (keys: readonly { districtCode: string }[]) => [...new Set(keys.map((k) => k.districtCode))].sort();

/** The covered units' counts in one window, and the catalogue's figures for it. */
async function levelAnswer<U extends DeskUnit>(ds: DataSource, covered: U[], window: DateWindow) {
  // By unit code over the rollup's primary key: a join from the unit table would make
  // MySQL read each unit's whole history instead of the window's index range.
  const [counts, catalogue] = await Promise.all([
    countDossiersByUnit(
      ds,
      covered.map((u) => u.code),
      window,
    ),
    countProcedures(ds, window),
  ]);
  return { rows: covered.map((unit) => ({ unit, counts: counts.get(unit.code) ?? ZERO_COUNTS })), catalogue };
}

async function loadReports<U extends DeskUnit>(
  ds: DataSource,
  unitsOf: UnitsOf<U>,
  keys: readonly ReportKey[],
): Promise<DeskLevelReport<U>[]> {
  const results = new Map<string, DeskLevelReport<U>>();
  const { units, versions } = await unitsOf(districtsOf(keys));
  for (const group of groupBy(keys, windowKey).values()) {
    const window = { from: group[0].from, to: group[0].to };
    const districts = districtsOf(group);
    const covered = units.filter((u) => districts.includes(u.districtCode));
    dependOnUnits(covered.map((u) => u.code));
    const { rows, catalogue } = await answerMemo(ds).answerAt(`level|${windowKey(window)}|${districts}`, versions, () =>
      levelAnswer(ds, covered, window),
    );
    for (const key of group) {
      const own = rows.filter((r) => r.unit.districtCode === key.districtCode);
      const total = own.reduce((sum, r) => addCounts(sum, r.counts), ZERO_COUNTS);
      results.set(reportKey(key), {
        level: { ...catalogue, dossiers: dossierStats(total) },
        byUnit: own.map((r) => ({ unit: r.unit, dossiers: dossierStats(r.counts) })),
      });
    }
  }
  return keys.map((key) => results.get(reportKey(key))!);
}

async function loadBreakdowns<U extends DeskUnit>(
  ds: DataSource,
  level: ProcedureLevel,
  unitsOf: UnitsOf<U>,
  keys: readonly BreakdownKeyArgs[],
): Promise<BreakdownRows[]> {
  const results = new Map<string, BreakdownRows>();
  const { units, versions } = await unitsOf(districtsOf(keys));
  const districtOf = new Map(units.map((u) => [u.code, u.districtCode]));
  for (const group of groupBy(keys, breakdownGroup).values()) {
    const { from, to, spec } = group[0];
    const districts = districtsOf(group);
    const covered = units.filter((u) => districts.includes(u.districtCode)).map((u) => u.code);
    // A unit filter is applied in the statement (loadStatistics): only those units' rows are read.
    dependOnUnits(spec.filter.units ? covered.filter((u) => spec.filter.units!.includes(u)) : covered);
    const rows = await answerMemo(ds).answerAt(`breakdown|${breakdownGroup(group[0])}|${districts}`, versions, () =>
      loadStatistics(ds, level, covered, { from, to }, spec),
    );
    for (const key of group) {
      results.set(
        breakdownCacheKey(key),
        mergeRows(rows.filter((r) => districtOf.get(r.unitCode) === key.districtCode)),
      );
    }
  }
  return keys.map((key) => results.get(breakdownCacheKey(key))!);
}

/**
 * The statistics loaders both desk levels share. A request costs the units' counters (one
 * statement, `unitsOf`), then per distinct window (or window and breakdown spec) the statements
 * of one answer, whatever the number of units or districts, unless that answer was computed
 * since the units' last write (answerMemo.ts).
 */
export function createStatisticsLoaders<U extends DeskUnit>(
  ds: DataSource,
  level: ProcedureLevel,
  unitsOf: UnitsOf<U>,
) {
  return {
    // Each batch reads its counters and figures in one read session (replicaReads.ts).
    report: new DataLoader<ReportKey, DeskLevelReport<U>, string>(
      (keys) => describedReads(() => readSession(ds, () => loadReports(ds, unitsOf, keys))),
      {
        cacheKeyFn: reportKey,
      },
    ),
    breakdown: new DataLoader<BreakdownKeyArgs, BreakdownRows, string>(
      (keys) => describedReads(() => readSession(ds, () => loadBreakdowns(ds, level, unitsOf, keys))),
      { cacheKeyFn: breakdownCacheKey },
    ),
  };
}
