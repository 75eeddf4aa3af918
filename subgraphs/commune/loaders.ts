import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { createStatisticsLoaders } from '../desk/statistics/statisticsLoaders';
import { communesWithVersions } from './communeVersions';
import { CommuneEntity, type Commune } from './entities/CommuneEntity';

/**
 * The commune subgraph's own loaders. Its desks are the communes of the districts asked about:
 * the statistics loaders read them with their rollup counters in one statement.
 */
export function createCommuneLoaders(ds: DataSource) {
  const communesByDistrict = new DataLoader<string, Commune[]>(async (districtCodes) => {
    const rows = await ds
      .getRepository(CommuneEntity)
      .find({ where: { districtCode: In([...districtCodes]) }, order: { code: 'ASC' } });
    return districtCodes.map((code) => rows.filter((c) => c.districtCode === code));
  });
  const statistics = createStatisticsLoaders(ds, 'COMMUNE', async (districtCodes) => {
    const { communes, versions } = await communesWithVersions(ds, districtCodes);
    return { units: communes, versions };
  });
  return {
    ...statistics,
    communeByCode: new DataLoader<string, Commune | null>(async (codes) => {
      const rows = await ds.getRepository(CommuneEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((c) => [c.code, c]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    communesByDistrict,
  };
}

export type CommuneLoaders = ReturnType<typeof createCommuneLoaders>;
