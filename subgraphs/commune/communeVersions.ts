import type { DataSource } from 'typeorm';

export interface DistrictCommunes {
  /** Commune code → its district, for every commune of the districts asked about. */
  districtOf: Map<string, string>;
  /** Their rollup counters, as readUnitVersions writes them. */
  versions: string;
}

/**
 * The communes of some districts with their rollup counters (rollupVersions.ts), in one
 * statement: what a commune-level answer covers is only known through the commune table, and
 * asking for it and for its counters separately would cost every report a second statement.
 */
export async function communesWithVersions(ds: DataSource, districtCodes: readonly string[]): Promise<DistrictCommunes> {
  if (districtCodes.length === 0) return { districtOf: new Map(), versions: '' };
  const rows: { code: string; district_code: string; version: unknown }[] = await ds.query(
    `SELECT c.code, c.district_code, v.version FROM commune c LEFT JOIN rollup_version v ON v.unit_code = c.code
      WHERE c.district_code IN (${districtCodes.map(() => '?').join(', ')}) ORDER BY c.code`,
    [...districtCodes],
  );
  return {
    districtOf: new Map(rows.map((r) => [r.code, r.district_code])),
    versions: rows.map((r) => `${r.code}:${r.version === null ? 0 : Number(r.version)}`).join(','),
  };
}
