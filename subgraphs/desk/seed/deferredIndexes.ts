import type { EntityManager } from 'typeorm';

/**
 * A bulk load's secondary indexes, taken off a MySQL table before it and put back after it.
 * Each row inserted into `dossier` otherwise updates five secondary B-trees as well as the
 * clustered one, most of them out of order; building them once from the finished table sorts
 * each in one pass. The definitions are read back from the table itself (SHOW CREATE TABLE)
 * and restored word for word in their original order, so the table ends exactly as the
 * migrations made it, whatever those migrations add later.
 */
type Queryable = Pick<EntityManager, 'query'>;

export interface DeferredIndexes {
  table: string;
  /** `UNIQUE KEY ...`, `KEY ...` and `CONSTRAINT ... FOREIGN KEY ...` clauses, as SHOW CREATE TABLE wrote them. */
  clauses: string[];
}

const name = (clause: string) => /`([^`]+)`/.exec(clause)![1];

export async function dropSecondaryIndexes(q: Queryable, table: string): Promise<DeferredIndexes> {
  const [row] = await q.query(`SHOW CREATE TABLE \`${table}\``);
  const lines: string[] = String(row['Create Table'])
    .split('\n')
    .map((l) => l.trim().replace(/,$/, ''));
  const clauses = lines.filter((l) => /^(UNIQUE KEY|KEY|CONSTRAINT) /.test(l));
  const unsupported = lines.filter(
    (l) => /^(FULLTEXT|SPATIAL|INDEX|CHECK) /.test(l) || (l.startsWith('CONSTRAINT') && !l.includes('FOREIGN KEY')),
  );
  if (unsupported.length) throw new Error(`${table}: cannot defer ${unsupported.join('; ')}`);
  // Foreign keys first: MySQL refuses to drop the index a foreign key uses while the key exists.
  const drops = [
    ...clauses.filter((c) => c.startsWith('CONSTRAINT')).map((c) => `DROP FOREIGN KEY \`${name(c)}\``),
    ...clauses.filter((c) => !c.startsWith('CONSTRAINT')).map((c) => `DROP INDEX \`${name(c)}\``),
  ];
  if (drops.length) await q.query(`ALTER TABLE \`${table}\` ${drops.join(', ')}`);
  return { table, clauses };
}

/**
 * Puts the indexes back in one ALTER (one scan of the table for all of them). Foreign key
 * checks are off for it so MySQL adds the constraint in place instead of copying the table;
 * the caller vouches for the rows (the seed only writes codes from the catalogue it inserted).
 */
export async function restoreSecondaryIndexes(q: Queryable, deferred: DeferredIndexes): Promise<void> {
  if (deferred.clauses.length === 0) return;
  const [{ checks }] = await q.query('SELECT @@SESSION.foreign_key_checks AS checks');
  await q.query('SET SESSION foreign_key_checks = 0');
  try {
    await q.query(`ALTER TABLE \`${deferred.table}\` ${deferred.clauses.map((c) => `ADD ${c}`).join(', ')}`);
  } finally {
    await q.query(`SET SESSION foreign_key_checks = ${Number(checks) ? 1 : 0}`);
  }
}
