import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Communes1764300000001 implements MigrationInterface {
  name = 'Communes1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'commune',
        columns: [
          { name: 'code', type: 'varchar', length: '10', isPrimary: true },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'district_code', type: 'varchar', length: '10' },
        ],
        indices: [new TableIndex({ name: 'IDX_commune_district', columnNames: ['district_code', 'code'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('commune');
  }
}
