import type { MigrationInterface, QueryRunner } from 'typeorm';
import { UNIT_DAY_COLUMNS, UNIT_DAY_TABLE, unitDaysFromDaysSql } from '../rollups/unitDays';

/**
 * The unit rows of the day rollup (unitDays.ts), built for an existing database from its day
 * rollup by one INSERT ... SELECT (set-based on every engine). Keyed by unit and day, as every
 * read filters; on SQLite stored in key order (WITHOUT ROWID), as InnoDB stores it.
 */
export class UnitDayRollup1766000000001 implements MigrationInterface {
  name = 'UnitDayRollup1766000000001';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    const counts = UNIT_DAY_COLUMNS.map((c) => `${c} int NOT NULL DEFAULT 0`).join(', ');
    await q.query(
      `CREATE TABLE ${UNIT_DAY_TABLE} (unit_code varchar(10) NOT NULL, day date NOT NULL, ${counts},
        PRIMARY KEY (unit_code, day))${sqlite ? ' WITHOUT ROWID' : ''}`,
    );
    await q.query(unitDaysFromDaysSql());
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${UNIT_DAY_TABLE}`);
  }
}
