import type { DataSource } from 'typeorm';
import { versionString } from '../desk/rollups/rollupVersions';
import { statisticsSideQuery } from '../shared/statisticsReader';
import type { Commune, CommuneKind } from './entities/CommuneEntity';

export interface DistrictCommunes {
  /** Every commune of the districts asked about, in code order. */
  communes: Commune[];
  /** Their rollup counters, as readUnitVersions writes them. */
  versions: string;
}

/**
 * The communes of some districts with their rollup counters (rollupVersions.ts), in one
 * statement: what a commune-level answer covers is only known through the commune table, and
 * asking for it and for its counters separately would cost every report a second statement.
 */
export async function communesWithVersions(
  ds: DataSource,
  districtCodes: readonly string[],
): Promise<DistrictCommunes> {
  if (districtCodes.length === 0) return { communes: [], versions: '' };
  const rows: { code: string; name: string; kind: string; district_code: string; version: unknown }[] =
    await statisticsSideQuery(
      ds,
      `SELECT c.code, c.name, c.kind, c.district_code, v.version FROM commune c LEFT JOIN rollup_version v ON v.unit_code = c.code
      WHERE c.district_code IN (${districtCodes.map(() => '?').join(', ')}) ORDER BY c.code`,
      [...districtCodes],
    );
  return {
    communes: rows.map((r) => ({
      code: r.code,
      name: r.name,
      kind: r.kind as CommuneKind,
      districtCode: r.district_code,
    })),
    versions: versionString(rows.map((r) => [r.code, r.version])),
  };
}
