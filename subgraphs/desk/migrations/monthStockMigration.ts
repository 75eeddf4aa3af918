import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MONTH_STOCK_TABLE, firstOfMonthSql, monthStocksFromDaysSql } from '../rollups/monthStocks';

/**
 * The month rows of the stocks (monthStocks.ts), built for an existing database from its day
 * rollup by one INSERT ... SELECT: set-based on every engine, so the national set's day rows are
 * grouped by the server, never read row by row. Keyed like the day rollup (unit, then the month
 * every read filters on); on SQLite stored in key order (WITHOUT ROWID), as InnoDB stores it.
 */
export class MonthStocks1766000000000 implements MigrationInterface {
  name = 'MonthStocks1766000000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    const counts = ['opened', 'within_delta', 'overdue_delta'].map((c) => `${c} int NOT NULL DEFAULT 0`).join(', ');
    await q.query(
      `CREATE TABLE ${MONTH_STOCK_TABLE} (unit_code varchar(10) NOT NULL, month date NOT NULL,
        procedure_code varchar(20) NOT NULL, channel varchar(10) NOT NULL, ${counts},
        PRIMARY KEY (unit_code, month, procedure_code, channel))${sqlite ? ' WITHOUT ROWID' : ''}`,
    );
    await q.query(monthStocksFromDaysSql(firstOfMonthSql(sqlite)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${MONTH_STOCK_TABLE}`);
  }
}
