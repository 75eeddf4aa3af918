import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The satisfaction-plan record (issue 14, the record's F16): which units planned it, for which year. */
export class SatisfactionPlans1764900000002 implements MigrationInterface {
  name = 'SatisfactionPlans1764900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'satisfaction_plan',
        columns: [
          { name: 'district_code', type: 'varchar', length: '10', isPrimary: true },
          { name: 'plan_year', type: 'int', isPrimary: true },
          { name: 'unit_name', type: 'varchar', length: '150', isPrimary: true },
          { name: 'unit_kind', type: 'varchar', length: '10' },
          { name: 'unit_code', type: 'varchar', length: '10', isNullable: true },
          { name: 'document_number', type: 'varchar', length: '50', isNullable: true },
          { name: 'adopted_on', type: 'date', isNullable: true },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('satisfaction_plan');
  }
}
