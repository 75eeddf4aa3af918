import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const APPEND_ONLY = ['task_status_change', 'task_audit'];

/**
 * What planners need to run the year: a version for optimistic concurrency, an append-only
 * audit of every change, idempotency keys, and links from tasks to the procedures they simplify.
 * The history tables get triggers refusing UPDATE and DELETE, so not even a bug in this
 * application (or a hand-written statement) can rewrite what was reported.
 */
export class ReformTracking1764300000002 implements MigrationInterface {
  name = 'ReformTracking1764300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('reform_task', new TableColumn({ name: 'version', type: 'int', default: 1 }));
    await q.createTable(
      new Table({
        name: 'task_audit',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'task_id', type: 'int' },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'at', type: 'datetime', precision: 3 },
          { name: 'changed_by', type: 'varchar', length: '200' },
          { name: 'request_id', type: 'varchar', length: '100' },
          { name: 'old_values', type: 'text' },
          { name: 'new_values', type: 'text' },
        ],
        foreignKeys: [{ columnNames: ['task_id'], referencedTableName: 'reform_task', referencedColumnNames: ['id'] }],
        indices: [new TableIndex({ name: 'IDX_task_audit_task', columnNames: ['task_id', 'id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'idempotency_key',
        columns: [
          { name: 'idempotency_key', type: 'varchar', length: '250', isPrimary: true },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'result', type: 'text' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'task_procedure',
        columns: [
          { name: 'task_id', type: 'int', isPrimary: true },
          { name: 'level', type: 'varchar', length: '10', isPrimary: true },
          { name: 'procedure_code', type: 'varchar', length: '20', isPrimary: true },
        ],
        foreignKeys: [{ columnNames: ['task_id'], referencedTableName: 'reform_task', referencedColumnNames: ['id'] }],
        indices: [new TableIndex({ name: 'IDX_task_procedure_code', columnNames: ['level', 'procedure_code'] })],
      }),
    );
    for (const table of APPEND_ONLY) {
      for (const operation of ['UPDATE', 'DELETE']) {
        const trigger = `${table}_no_${operation.toLowerCase()}`;
        if (q.connection.driver.options.type === 'mysql') {
          await q.query(
            `CREATE TRIGGER ${trigger} BEFORE ${operation} ON ${table} FOR EACH ROW ` +
              `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${table} is append-only'`,
          );
        } else {
          await q.query(
            `CREATE TRIGGER ${trigger} BEFORE ${operation} ON ${table} ` +
              `BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
          );
        }
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) {
      for (const operation of ['update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS ${table}_no_${operation}`);
    }
    await q.dropTable('task_procedure');
    await q.dropTable('idempotency_key');
    await q.dropTable('task_audit');
    await q.dropColumn('reform_task', 'version');
  }
}
