import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The per-unit rollup counters (rollupVersions.ts); every unit that has rollups starts at 1. */
export class RollupVersions1764700000000 implements MigrationInterface {
  name = 'RollupVersions1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'rollup_version',
        columns: [
          { name: 'unit_code', type: 'varchar', length: '10', isPrimary: true },
          { name: 'version', type: 'int', default: 0 },
        ],
      }),
    );
    await q.query(
      'INSERT INTO rollup_version (unit_code, version) SELECT DISTINCT unit_code, 1 FROM dossier_day_rollup',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('rollup_version');
  }
}
