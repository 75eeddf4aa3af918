import type { DataSource, EntityManager } from 'typeorm';

/**
 * One counter for all of the reform data, moved in the same transaction as every reform write
 * (runWrite) and by the seed: reads remembered under it (loaders.ts) are read again after any
 * write, in every replica. One row is enough here: planning staff write a few times a day, so
 * writers never queue on it the way dossier desks would (those have a counter per unit).
 */
export async function bumpReformVersion(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await manager.query('UPDATE reform_version SET version = version + 1 WHERE id = 1');
}

export async function readReformVersion(ds: DataSource): Promise<string> {
  const [row] = await ds.query('SELECT version FROM reform_version WHERE id = 1');
  return `reform:${row ? Number(row.version) : 0}`;
}
