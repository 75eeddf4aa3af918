import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { answerMemo } from '../shared/answerMemo';
import { readUnitVersions } from '../desk/rollups/rollupVersions';
import { createStatisticsLoaders } from '../desk/statistics/statisticsLoaders';
import { statisticsSideQuery } from '../shared/statisticsReader';
import { catalogueRead } from '../shared/answerDependencies';
import { DistrictEntity, type District } from './entities/DistrictEntity';

/**
 * The district subgraph's own loaders. A district's desk is one unit, its own code: the
 * statistics loaders read the districts' rollup counters (one statement) as their units. With
 * the answer memo off (STATS_MEMO=off) nothing is kept under the counters, so they are not read:
 * a headline asks for the district's figures twice (its own level, then `total`), and each would
 * cost one statement more for a key no one looks up.
 */
export function createDistrictLoaders(ds: DataSource) {
  const statistics = createStatisticsLoaders(ds, 'DISTRICT', async (districtCodes) => ({
    units: districtCodes.map((code) => ({ code, districtCode: code })),
    versions: answerMemo(ds).enabled
      ? await readUnitVersions({ query: (sql, params) => statisticsSideQuery(ds, sql, params) }, districtCodes)
      : '',
  }));
  return {
    ...statistics,
    districtByCode: new DataLoader<string, District | null>(async (codes) => {
      const rows = await catalogueRead(() => ds.getRepository(DistrictEntity).findBy({ code: In([...codes]) }));
      const byCode = new Map(rows.map((d) => [d.code, d]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}

export type DistrictLoaders = ReturnType<typeof createDistrictLoaders>;
