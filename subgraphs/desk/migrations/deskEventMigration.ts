import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What desks pushing their events need: the desk's own case reference on each dossier (unique
 * per unit, so later events can name it), the applicant type, a daily dossier number per unit
 * that concurrent receipts cannot share, and the record of every event id seen, which makes
 * pushes and imports idempotent.
 */
export class DeskEvents1764500000000 implements MigrationInterface {
  name = 'DeskEvents1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('dossier', [
      new TableColumn({ name: 'reference', type: 'varchar', length: '60', isNullable: true }),
      new TableColumn({ name: 'applicant_type', type: 'varchar', length: '20', isNullable: true }),
    ]);
    await q.createIndex(
      'dossier',
      new TableIndex({ name: 'UQ_dossier_unit_reference', columnNames: ['unit_code', 'reference'], isUnique: true }),
    );
    // The last dossier number of each unit and day: its row lock makes concurrent receipts take
    // distinct numbers (a COUNT(*) + 1 would hand two of them the same code).
    await q.createTable(
      new Table({
        name: 'dossier_sequence',
        columns: [
          { name: 'unit_code', type: 'varchar', length: '10', isPrimary: true },
          { name: 'day', type: 'date', isPrimary: true },
          { name: 'last_number', type: 'int' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'desk_event',
        columns: [
          { name: 'unit_code', type: 'varchar', length: '10', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'result', type: 'text' },
          { name: 'recorded_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('desk_event');
    await q.dropTable('dossier_sequence');
    await q.dropIndex('dossier', 'UQ_dossier_unit_reference');
    await q.dropColumns('dossier', ['reference', 'applicant_type']);
  }
}
