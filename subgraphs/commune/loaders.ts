import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { windowKey, type DateWindow } from '../shared/dates';
import { groupBy } from '../shared/groupBy';
import { countProcedures } from '../shared/onestop/levelStatistics';
import { countDossiersByCommune } from './communeStatistics';
import { addCounts, dossierStats, ZERO_COUNTS, type DossierStats, type LevelReport } from '../shared/stats';
import { CommuneEntity, type Commune } from './entities/CommuneEntity';

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
   * Reports grouped by window: per distinct window one statement for every commune's counts
   * (communes included) and one for the catalogue, whatever the number of communes or districts.
   */
  const report = new DataLoader<ReportKey, CommuneLevelReport, string>(
    async (keys) => {
      const results = new Map<string, CommuneLevelReport>();
      for (const group of groupBy(keys, windowKey).values()) {
        const window = { from: group[0].from, to: group[0].to };
        const [rows, catalogue] = await Promise.all([
          countDossiersByCommune(ds, [...new Set(group.map((k) => k.districtCode))], window),
          countProcedures(ds, window),
        ]);
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

  return {
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
