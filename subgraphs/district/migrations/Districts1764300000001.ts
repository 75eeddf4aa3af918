import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Districts1764300000001 implements MigrationInterface {
  name = 'Districts1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'district',
        columns: [
          { name: 'code', type: 'varchar', length: '10', isPrimary: true },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'province_code', type: 'varchar', length: '10' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('district');
  }
}
