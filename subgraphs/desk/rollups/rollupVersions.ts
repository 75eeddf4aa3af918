import type { EntityManager } from 'typeorm';
import { insertRows } from '../../shared/insertRows';
import { updateOrInsert } from '../../shared/updateRows';
import { noteTouchedUnits } from '../../shared/answerDependencies';

/**
 * One counter per unit, moved in the same transaction as every change to that unit's rollups.
 * Statistics read by other requests are remembered under the counters of the units they cover
 * (answerMemo.ts), so a write invalidates exactly the figures of the units it touched, and
 * does so for every replica of the subgraph and for the import command alike: the counter lives
 * in the database they share, not in a process. Per unit, not one for the database, so
 * concurrent desks of different units never wait on the same row.
 */
type Queryable = Pick<EntityManager, 'query'>;

/** Units in a sorted, distinct list, so two writers lock their counters in the same order. */
export async function bumpUnitVersions(manager: EntityManager, unitCodes: Iterable<string>): Promise<void> {
  const units = [...new Set(unitCodes)].sort();
  noteTouchedUnits(units); // told to the gateway's response cache (answerDependencies.ts)
  for (const unit of units) {
    await updateOrInsert(
      manager,
      ['UPDATE rollup_version SET version = version + 1 WHERE unit_code = ?', [unit]],
      ['INSERT INTO rollup_version (unit_code, version) VALUES (?, 1)', [unit]],
    );
  }
}

/** The same for a bulk write (seeds, rebuilds): three statements however many units. */
export async function bumpUnitVersionsInBulk(q: Queryable, unitCodes: Iterable<string>): Promise<void> {
  const units = [...new Set(unitCodes)].sort();
  if (units.length === 0) return;
  const marks = units.map(() => '?').join(', ');
  await q.query(`UPDATE rollup_version SET version = version + 1 WHERE unit_code IN (${marks})`, units);
  const present = new Set(
    (await q.query(`SELECT unit_code FROM rollup_version WHERE unit_code IN (${marks})`, units)).map(
      (r: { unit_code: string }) => r.unit_code,
    ),
  );
  const missing = units.filter((u) => !present.has(u));
  await insertRows(
    q,
    'rollup_version',
    ['unit_code', 'version'],
    missing.map((u) => [u, 1]),
  );
}

/** Counters as the one string a memo key holds: "unit:version,..." in the order given; a unit never written (no row) reads 0. */
export function versionString(counters: readonly (readonly [string, unknown])[]): string {
  return counters.map(([unit, version]) => `${unit}:${Number(version ?? 0)}`).join(',');
}

/** The counters of these units (in unit order), in one statement (on a replica when there are: replicaReads.ts). */
export async function readUnitVersions(
  q: { query(sql: string, params: unknown[]): Promise<any[]> },
  unitCodes: readonly string[],
): Promise<string> {
  const units = [...new Set(unitCodes)].sort();
  if (units.length === 0) return '';
  const rows: { unit_code: string; version: unknown }[] = await q.query(
    `SELECT unit_code, version FROM rollup_version WHERE unit_code IN (${units.map(() => '?').join(', ')})`,
    units,
  );
  const version = new Map(rows.map((r) => [r.unit_code, r.version]));
  return versionString(units.map((u) => [u, version.get(u)]));
}
