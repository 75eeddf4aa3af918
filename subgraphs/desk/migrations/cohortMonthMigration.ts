import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COHORT_MONTH_TABLE, cohortMonthsFromCohortsSql } from '../rollups/cohortMonths';
import { firstOfMonthSql } from '../rollups/monthStocks';

/**
 * The month rows of the cohort rollup (cohortMonths.ts), built for an existing database from its
 * cohort rollup by one INSERT ... SELECT (set-based on every engine). Keyed by unit and month, as
 * every read filters; on SQLite stored in key order (WITHOUT ROWID), as InnoDB stores it.
 */
export class CohortMonths1767000000000 implements MigrationInterface {
  name = 'CohortMonths1767000000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    await q.query(
      `CREATE TABLE ${COHORT_MONTH_TABLE} (unit_code varchar(10) NOT NULL, month date NOT NULL,
        resolved_on date NOT NULL, on_time smallint NOT NULL, n int NOT NULL DEFAULT 0,
        PRIMARY KEY (unit_code, month, resolved_on, on_time))${sqlite ? ' WITHOUT ROWID' : ''}`,
    );
    await q.query(cohortMonthsFromCohortsSql(firstOfMonthSql(sqlite)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${COHORT_MONTH_TABLE}`);
  }
}
