import type { DataSource } from 'typeorm';
import type { DateWindow } from '../shared/dates';
import { readDossierCounts, selectDossierCounts } from '../shared/onestop/levelStatistics';
import type { DossierCounts } from '../shared/stats';
import type { Commune, CommuneKind } from './entities/CommuneEntity';

export interface CommuneCounts {
  commune: Commune;
  counts: DossierCounts;
}

/**
 * Every commune of the given districts with the counts of its dossiers received in the
 * window (from the cohort rollup), in code order, in one statement: the LEFT JOIN keeps units with no dossier, and the
 * commune rows come with the counts so this needs no separate lookup of the communes.
 */
export async function countDossiersByCommune(
  ds: DataSource,
  districtCodes: readonly string[],
  window: DateWindow,
): Promise<CommuneCounts[]> {
  const rows = await selectDossierCounts(
    ds
      .createQueryBuilder()
      .select('c.code', 'code')
      .addSelect('c.name', 'name')
      .addSelect('c.kind', 'kind')
      .addSelect('c.district_code', 'districtCode'),
  )
    .from('commune', 'c')
    .leftJoin('dossier_cohort_rollup', 'r', 'r.unit_code = c.code AND r.received_on >= :from AND r.received_on <= :to', window)
    .where('c.district_code IN (:...districtCodes)', { districtCodes, to: window.to })
    .groupBy('c.code')
    .addGroupBy('c.name')
    .addGroupBy('c.kind')
    .addGroupBy('c.district_code')
    .orderBy('c.code')
    .getRawMany();
  return rows.map((row) => ({
    commune: { code: row.code, name: row.name, kind: row.kind as CommuneKind, districtCode: row.districtCode },
    counts: readDossierCounts(row),
  }));
}
