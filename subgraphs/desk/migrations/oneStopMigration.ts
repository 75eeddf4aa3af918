import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The tables every one-stop desk database has: the level's procedure catalogue, its
 * simplification decisions, the working-day calendar and the dossiers. Written with
 * TypeORM's schema API so the same migration runs on SQLite and MySQL.
 */
export class OneStopDesk1764300000000 implements MigrationInterface {
  name = 'OneStopDesk1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'admin_procedure',
        columns: [
          { name: 'code', type: 'varchar', length: '20', isPrimary: true },
          { name: 'name', type: 'varchar', length: '500' },
          { name: 'sector', type: 'varchar', length: '150' },
          { name: 'time_limit_days', type: 'int' },
          { name: 'fee_vnd', type: 'int' },
          { name: 'online_level', type: 'varchar', length: '10' },
          { name: 'effective_from', type: 'date' },
          { name: 'effective_to', type: 'date', isNullable: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'simplification',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'procedure_code', type: 'varchar', length: '20' },
          { name: 'decision_number', type: 'varchar', length: '50' },
          { name: 'decision_date', type: 'date' },
          { name: 'time_limit_before', type: 'int' },
          { name: 'time_limit_after', type: 'int' },
        ],
        foreignKeys: [
          { columnNames: ['procedure_code'], referencedTableName: 'admin_procedure', referencedColumnNames: ['code'] },
        ],
        indices: [new TableIndex({ name: 'IDX_simplification_date', columnNames: ['decision_date'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'holiday',
        columns: [
          { name: 'date', type: 'date', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'name', type: 'varchar', length: '120' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'dossier',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'code', type: 'varchar', length: '40', isUnique: true },
          { name: 'unit_code', type: 'varchar', length: '10' },
          { name: 'procedure_code', type: 'varchar', length: '20' },
          { name: 'channel', type: 'varchar', length: '10' },
          { name: 'received_at', type: 'datetime', precision: 3 },
          { name: 'received_on', type: 'date' },
          { name: 'due_on', type: 'date' },
          { name: 'resolved_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'resolved_on', type: 'date', isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['procedure_code'], referencedTableName: 'admin_procedure', referencedColumnNames: ['code'] },
        ],
        // Covers the window statistics: unit and receipt day to find rows, the other two to count them.
        indices: [
          new TableIndex({
            name: 'IDX_dossier_unit_received',
            columnNames: ['unit_code', 'received_on', 'resolved_on', 'due_on'],
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('dossier');
    await q.dropTable('holiday');
    await q.dropTable('simplification');
    await q.dropTable('admin_procedure');
  }
}
