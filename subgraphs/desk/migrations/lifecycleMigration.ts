import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { WorkingCalendar } from '../calendar/WorkingCalendar';
import { foldForSearch } from '../catalogue/searchText';
import type { ProcedureLevel } from '../catalogue/procedureEntities';

/**
 * Issue #3 on top of OneStopDesk1764300000000 (left as it was, so existing databases migrate):
 * the dossier status history, the dossier columns derived from it, the applicant's personal
 * data, and the procedure's level and diacritic-free search name. One class per level, since
 * district and commune databases differ only in which level their catalogue holds.
 */
export function dossierLifecycleMigration(level: ProcedureLevel): new () => MigrationInterface {
  return class DossierLifecycle1764400000000 implements MigrationInterface {
    name = 'DossierLifecycle1764400000000';

    async up(q: QueryRunner): Promise<void> {
      await q.addColumns('dossier', [
        new TableColumn({ name: 'status', type: 'varchar', length: '20', default: "'RECEIVED'" }),
        new TableColumn({ name: 'closed_on', type: 'date', isNullable: true }),
        new TableColumn({ name: 'supplement_count', type: 'int', default: 0 }),
        new TableColumn({ name: 'paused_days', type: 'int', default: 0 }),
        new TableColumn({ name: 'paused_on', type: 'date', isNullable: true }),
        new TableColumn({ name: 'processing_days', type: 'int', isNullable: true }),
        new TableColumn({ name: 'applicant_name', type: 'varchar', length: '200', isNullable: true }),
        new TableColumn({ name: 'applicant_id_number', type: 'varchar', length: '20', isNullable: true }),
      ]);
      await q.createTable(
        new Table({
          name: 'dossier_event',
          columns: [
            { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
            { name: 'dossier_id', type: 'integer' },
            { name: 'status', type: 'varchar', length: '20' },
            { name: 'at', type: 'datetime', precision: 3 },
            { name: 'on_day', type: 'date' },
            { name: 'note', type: 'varchar', length: '500', isNullable: true },
          ],
          foreignKeys: [{ columnNames: ['dossier_id'], referencedTableName: 'dossier', referencedColumnNames: ['id'] }],
          indices: [new TableIndex({ name: 'IDX_dossier_event_dossier', columnNames: ['dossier_id', 'id'] })],
        }),
      );
      // Statistics find a window's dossiers by unit, receipt day and the day they were closed.
      await q.createIndex(
        'dossier',
        new TableIndex({ name: 'IDX_dossier_unit_closed', columnNames: ['unit_code', 'closed_on', 'received_on'] }),
      );
      await q.addColumns('admin_procedure', [
        new TableColumn({ name: 'level', type: 'varchar', length: '10', default: `'${level}'` }),
        new TableColumn({ name: 'search_name', type: 'varchar', length: '500', default: "''" }),
      ]);
      await backfill(q);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.dropColumns('admin_procedure', ['level', 'search_name']);
      await q.dropIndex('dossier', 'IDX_dossier_unit_closed');
      for (const c of [
        'status',
        'closed_on',
        'supplement_count',
        'paused_days',
        'paused_on',
        'processing_days',
        'applicant_name',
        'applicant_id_number',
      ]) {
        await q.dropColumn('dossier', c);
      }
      await q.dropTable('dossier_event');
    }
  };
}

/**
 * Rows written before this migration (only ever received and resolved) get their derived
 * columns and history. A fresh database has none: the seed writes complete rows itself.
 */
async function backfill(q: QueryRunner): Promise<void> {
  for (const p of await q.query('SELECT code, name FROM admin_procedure')) {
    await q.query('UPDATE admin_procedure SET search_name = ? WHERE code = ?', [foldForSearch(p.name), p.code]);
  }
  await q.query("UPDATE dossier SET status = 'RESOLVED', closed_on = resolved_on WHERE resolved_on IS NOT NULL");
  await q.query(
    "INSERT INTO dossier_event (dossier_id, status, at, on_day) SELECT id, 'RECEIVED', received_at, received_on FROM dossier",
  );
  await q.query(
    "INSERT INTO dossier_event (dossier_id, status, at, on_day) SELECT id, 'RESOLVED', resolved_at, resolved_on FROM dossier WHERE resolved_on IS NOT NULL",
  );
  // Processing days depend only on the two days, so one UPDATE per distinct pair.
  const calendar = new WorkingCalendar(await q.query('SELECT date, kind FROM holiday'));
  const pairs = await q.query(
    'SELECT DISTINCT received_on AS r, resolved_on AS s FROM dossier WHERE resolved_on IS NOT NULL',
  );
  for (const { r, s } of pairs) {
    const from = String(r).slice(0, 10);
    const to = String(s).slice(0, 10);
    const days = to > from ? calendar.workingDaysBetween(from, to).length - (calendar.isWorkingDay(from) ? 1 : 0) : 0;
    await q.query('UPDATE dossier SET processing_days = ? WHERE received_on = ? AND resolved_on = ?', [days, r, s]);
  }
}
