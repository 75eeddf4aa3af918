import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { windowKey, type DateWindow } from '../shared/dates';
import { groupBy } from '../shared/groupBy';
import { countDossiersByUnit, countProcedures } from '../shared/onestop/levelStatistics';
import { addCounts, dossierStats, ZERO_COUNTS, type DossierStats, type LevelReport } from '../shared/stats';
import { CommuneEntity, type Commune } from './entities/CommuneEntity';
import { breakdownCacheKey, breakdownGroup, type BreakdownKeyArgs } from '../shared/onestop/breakdownKeys';
import { loadStatistics, mergeRows } from '../shared/onestop/dossierStatistics';
import type { BreakdownKey, FigureCounts } from '../shared/onestop/figures';
import { createOneStopLoaders } from '../shared/onestop/oneStopLoaders';
import { answerMemo } from '../shared/answerMemo';
import { communesWithVersions } from './communeVersions';

export type BreakdownRows = { key: BreakdownKey; counts: FigureCounts }[];

export interface ReportKey extends DateWindow {
  districtCode: string;
}

export interface CommuneReportRow {
  commune: Commune;
  dossiers: DossierStats;
}

/** Everything the commune subgraph answers about one report: the level total and its rows. */
export interface CommuneLevelReport {
  level: LevelReport;
  byCommune: CommuneReportRow[];
}

const reportKey = (key: ReportKey) => `${key.districtCode}|${windowKey(key)}`;

export function createCommuneLoaders(ds: DataSource) {
  const communesByDistrict = new DataLoader<string, Commune[]>(async (districtCodes) => {
    const rows = await ds
      .getRepository(CommuneEntity)
      .find({ where: { districtCode: In([...districtCodes]) }, order: { code: 'ASC' } });
    return districtCodes.map((code) => rows.filter((c) => c.districtCode === code));
  });

  /**
   * Reports grouped by window: the communes with their counters (one statement), then per
   * distinct window one statement for every commune's counts and one for the catalogue, whatever
   * the number of communes or districts, unless the window was answered since their last write.
   */
  const report = new DataLoader<ReportKey, CommuneLevelReport, string>(
    async (keys) => {
      const results = new Map<string, CommuneLevelReport>();
      const { communes, versions } = await communesWithVersions(ds, [...new Set(keys.map((k) => k.districtCode))]);
      for (const group of groupBy(keys, windowKey).values()) {
        const window = { from: group[0].from, to: group[0].to };
        const districts = [...new Set(group.map((k) => k.districtCode))].sort();
        const units = communes.filter((c) => districts.includes(c.districtCode));
        const { rows, catalogue } = await answerMemo(ds).answerAt(`level|${windowKey(window)}|${districts}`, versions, async () => {
          // By unit code over the rollup's primary key: a join from the commune table would make
          // MySQL read each commune's whole history instead of the window's index range.
          const [counts, catalogue] = await Promise.all([countDossiersByUnit(ds, units.map((c) => c.code), window), countProcedures(ds, window)]);
          return { rows: units.map((commune) => ({ commune, counts: counts.get(commune.code) ?? ZERO_COUNTS })), catalogue };
        });
        for (const key of group) {
          const own = rows.filter((r) => r.commune.districtCode === key.districtCode);
          const total = own.reduce((sum, r) => addCounts(sum, r.counts), ZERO_COUNTS);
          results.set(reportKey(key), {
            level: { ...catalogue, dossiers: dossierStats(total) },
            byCommune: own.map((r) => ({ commune: r.commune, dossiers: dossierStats(r.counts) })),
          });
        }
      }
      return keys.map((key) => results.get(reportKey(key))!);
    },
    { cacheKeyFn: reportKey },
  );

  /**
   * Commune-desk breakdowns: the communes of every district asked about with their counters
   * (one statement for all), then one statement per distinct (window, spec) not answered since
   * those communes' last write, whatever the number of communes.
   */
  const breakdown = new DataLoader<BreakdownKeyArgs, BreakdownRows, string>(
    async (keys) => {
      const results = new Map<string, BreakdownRows>();
      const { communes, versions } = await communesWithVersions(ds, [...new Set(keys.map((k) => k.districtCode))]);
      const districtOf = new Map(communes.map((c) => [c.code, c.districtCode]));
      for (const group of groupBy(keys, breakdownGroup).values()) {
        const { from, to, spec } = group[0];
        const districts = [...new Set(group.map((k) => k.districtCode))].sort();
        const units = communes.filter((c) => districts.includes(c.districtCode)).map((c) => c.code);
        const rows = await answerMemo(ds).answerAt(`breakdown|${breakdownGroup(group[0])}|${districts}`, versions, () =>
          loadStatistics(ds, 'COMMUNE', units, { from, to }, spec),
        );
        for (const key of group) {
          results.set(breakdownCacheKey(key), mergeRows(rows.filter((r) => districtOf.get(r.unitCode) === key.districtCode)));
        }
      }
      return keys.map((key) => results.get(breakdownCacheKey(key))!);
    },
    { cacheKeyFn: breakdownCacheKey },
  );

  return {
    onestop: createOneStopLoaders(ds),
    breakdown,
    communeByCode: new DataLoader<string, Commune | null>(async (codes) => {
      const rows = await ds.getRepository(CommuneEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((c) => [c.code, c]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    communesByDistrict,
    report,
  };
}

export type CommuneLoaders = ReturnType<typeof createCommuneLoaders>;
