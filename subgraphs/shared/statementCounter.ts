import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a data source sends. Tests read it before and
 * after a request to prove a query costs a bounded number of statements, not one per row.
 * TypeORM logs every statement before running it, so failed ones are counted too.
 */
export class StatementCounter implements Logger {
  count = 0;
  /** Set to an array to also keep the statements' text (tests print it when a bound fails). */
  recorded: string[] | undefined;

  /** `onStatement`: told of each statement too (the subgraph's metrics). */
  constructor(private readonly onStatement?: () => void) {}

  logQuery(query: string): void {
    this.count++;
    this.onStatement?.();
    this.recorded?.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
