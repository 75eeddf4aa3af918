import type { DataSource } from 'typeorm';

/** Rows in each table: a refused or rolled-back write must leave every count as it was. */
export async function countRows(ds: DataSource, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  return counts;
}
