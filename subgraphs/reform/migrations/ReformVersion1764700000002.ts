import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The reform data's one counter (reformVersion.ts), starting at 0. */
export class ReformVersion1764700000002 implements MigrationInterface {
  name = 'ReformVersion1764700000002';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'reform_version',
        columns: [
          { name: 'id', type: 'int', isPrimary: true },
          { name: 'version', type: 'int', default: 0 },
        ],
      }),
    );
    await q.query('INSERT INTO reform_version (id, version) VALUES (1, 0)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('reform_version');
  }
}
