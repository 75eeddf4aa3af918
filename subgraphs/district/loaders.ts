import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { windowKey, type DateWindow } from '../shared/dates';
import { groupBy } from '../shared/groupBy';
import { countDossiersByUnit, countProcedures } from '../shared/onestop/levelStatistics';
import { breakdownCacheKey, breakdownGroup, type BreakdownKeyArgs } from '../shared/onestop/breakdownKeys';
import { loadStatistics, mergeRows } from '../shared/onestop/dossierStatistics';
import type { BreakdownKey, FigureCounts } from '../shared/onestop/figures';
import { createOneStopLoaders } from '../shared/onestop/oneStopLoaders';
import { readUnitVersions } from '../shared/onestop/rollupVersions';
import { answerMemo } from '../shared/answerMemo';
import { dossierStats, ZERO_COUNTS, type LevelReport } from '../shared/stats';
import { DistrictEntity, type District } from './entities/DistrictEntity';

export interface ReportKey extends DateWindow {
  districtCode: string;
}

/**
 * A district-level report per (district, window). Keys are grouped by window, so a request
 * costs the districts' rollup counters (one statement), then two statements per distinct window
 * not answered since their last write (answerMemo.ts), however many districts it asks about.
 */
async function loadLevelReports(ds: DataSource, keys: readonly ReportKey[]): Promise<LevelReport[]> {
  const results = new Map<string, LevelReport>();
  const versions = await readUnitVersions(ds, keys.map((k) => k.districtCode));
  for (const group of groupBy(keys, windowKey).values()) {
    const window = { from: group[0].from, to: group[0].to };
    const districts = [...new Set(group.map((k) => k.districtCode))].sort();
    const { counts, catalogue } = await answerMemo(ds).answerAt(`level|${windowKey(window)}|${districts}`, versions, async () => {
      const [counts, catalogue] = await Promise.all([countDossiersByUnit(ds, districts, window), countProcedures(ds, window)]);
      return { counts, catalogue };
    });
    for (const key of group) {
      results.set(`${key.districtCode}|${windowKey(key)}`, {
        ...catalogue,
        dossiers: dossierStats(counts.get(key.districtCode) ?? ZERO_COUNTS),
      });
    }
  }
  return keys.map((key) => results.get(`${key.districtCode}|${windowKey(key)}`)!);
}

export type BreakdownRows = { key: BreakdownKey; counts: FigureCounts }[];

/**
 * District-desk breakdowns: the districts' counters, then one statement per distinct (window,
 * spec) not answered since their last write, whatever the number of districts.
 */
async function loadBreakdowns(ds: DataSource, keys: readonly BreakdownKeyArgs[]): Promise<BreakdownRows[]> {
  const results = new Map<string, BreakdownRows>();
  const versions = await readUnitVersions(ds, keys.map((k) => k.districtCode));
  for (const group of groupBy(keys, breakdownGroup).values()) {
    const { from, to, spec } = group[0];
    const districts = [...new Set(group.map((k) => k.districtCode))].sort();
    const rows = await answerMemo(ds).answerAt(`breakdown|${breakdownGroup(group[0])}|${districts}`, versions, () =>
      loadStatistics(ds, 'DISTRICT', districts, { from, to }, spec),
    );
    for (const key of group) results.set(breakdownCacheKey(key), mergeRows(rows.filter((r) => r.unitCode === key.districtCode)));
  }
  return keys.map((key) => results.get(breakdownCacheKey(key))!);
}

export function createDistrictLoaders(ds: DataSource) {
  return {
    onestop: createOneStopLoaders(ds),
    breakdown: new DataLoader<BreakdownKeyArgs, BreakdownRows, string>((keys) => loadBreakdowns(ds, keys), { cacheKeyFn: breakdownCacheKey }),
    districtByCode: new DataLoader<string, District | null>(async (codes) => {
      const rows = await ds.getRepository(DistrictEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((d) => [d.code, d]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    levelReport: new DataLoader<ReportKey, LevelReport, string>((keys) => loadLevelReports(ds, keys), {
      cacheKeyFn: (key) => `${key.districtCode}|${windowKey(key)}`,
    }),
  };
}

export type DistrictLoaders = ReturnType<typeof createDistrictLoaders>;
