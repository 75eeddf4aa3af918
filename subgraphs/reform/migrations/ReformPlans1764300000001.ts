import { Table, TableIndex, TableUnique, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ReformPlans1764300000001 implements MigrationInterface {
  name = 'ReformPlans1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'reform_plan',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'district_code', type: 'varchar', length: '10' },
          { name: 'year', type: 'int' },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'directive_number', type: 'varchar', length: '50', isNullable: true },
        ],
        uniques: [new TableUnique({ name: 'UQ_reform_plan_district_year', columnNames: ['district_code', 'year'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'reform_task',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'plan_id', type: 'int' },
          { name: 'code', type: 'varchar', length: '40', isUnique: true },
          { name: 'title', type: 'varchar', length: '500' },
          { name: 'content', type: 'text' },
          { name: 'lead_unit', type: 'varchar', length: '200' },
          { name: 'coordinating_units', type: 'text' },
          { name: 'deadline', type: 'date' },
          { name: 'expected_output', type: 'text' },
          { name: 'created_on', type: 'date' },
        ],
        foreignKeys: [{ columnNames: ['plan_id'], referencedTableName: 'reform_plan', referencedColumnNames: ['id'] }],
        indices: [new TableIndex({ name: 'IDX_reform_task_plan', columnNames: ['plan_id', 'code'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'task_status_change',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'task_id', type: 'int' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'changed_at', type: 'datetime', precision: 3 },
          { name: 'changed_on', type: 'date' },
          { name: 'changed_by', type: 'varchar', length: '200' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'evidence', type: 'varchar', length: '100', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['task_id'], referencedTableName: 'reform_task', referencedColumnNames: ['id'] }],
        indices: [new TableIndex({ name: 'IDX_task_status_change_task', columnNames: ['task_id', 'changed_on'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'directive',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'district_code', type: 'varchar', length: '10' },
          { name: 'number', type: 'varchar', length: '50', isUnique: true },
          { name: 'issued_on', type: 'date' },
          { name: 'type', type: 'varchar', length: '20' },
          { name: 'issuer', type: 'varchar', length: '200' },
          { name: 'title', type: 'varchar', length: '500' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_directive_district_issued', columnNames: ['district_code', 'issued_on'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'task_directive',
        columns: [
          { name: 'task_id', type: 'int', isPrimary: true },
          { name: 'directive_id', type: 'int', isPrimary: true },
        ],
        foreignKeys: [
          { columnNames: ['task_id'], referencedTableName: 'reform_task', referencedColumnNames: ['id'] },
          { columnNames: ['directive_id'], referencedTableName: 'directive', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['task_directive', 'directive', 'task_status_change', 'reform_task', 'reform_plan']) {
      await q.dropTable(table);
    }
  }
}
