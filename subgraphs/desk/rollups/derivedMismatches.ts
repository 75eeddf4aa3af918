import type { EntityManager } from 'typeorm';
import type { SumTable } from '../../shared/updateRows';

type Queryable = Pick<EntityManager, 'query'>;

/** A derived table (its key and sum columns), and how its rows and the expected ones are keyed. */
export interface DerivedTable extends SumTable {
  /** What a mismatch line calls a row ("month", "unit day"). */
  label: string;
  keyOf(row: Record<string, unknown>): string;
}

/** A DATE column as 'YYYY-MM-DD' (SQLite gives strings, MySQL Dates). */
export const dayOf = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : (v as Date).toISOString().slice(0, 10));

/**
 * Every row of a derived rollup table (month stocks, unit days) that differs from what the day
 * rollup calls for (`expected`: key to values, joined by commas), described for a person to
 * read; a stored row whose values are all zero counts as absent, as the writers leave it.
 */
export async function derivedMismatches(
  q: Queryable,
  derived: DerivedTable,
  unitCodes: readonly string[],
  expected: Map<string, string>,
): Promise<string[]> {
  if (unitCodes.length === 0) return [];
  const found = new Map<string, string>();
  const columns = [...derived.keys, ...derived.sums].join(', ');
  for (const r of await q.query(
    `SELECT ${columns} FROM ${derived.table} WHERE unit_code IN (${unitCodes.map(() => '?').join(', ')})`,
    [...unitCodes],
  )) {
    const values = derived.sums.map((c) => Number(r[c]));
    if (values.some((v) => v !== 0)) found.set(derived.keyOf(r), values.join(','));
  }
  return [...new Set([...expected.keys(), ...found.keys()])]
    .filter((key) => expected.get(key) !== found.get(key))
    .map((key) => `${derived.label} ${key}: expected ${expected.get(key) ?? 'none'} found ${found.get(key) ?? 'none'}`);
}
