import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const day = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const flag = (name: string): TableColumnOptions => ({ name, type: 'boolean' });

/**
 * The Decision 766 scorecard's facts (issue 14): per procedure, per dossier, ratings and citizen
 * feedback. Tables of their own beside the dossier's, so the dossier table and its writes stay
 * as they were; rows are keyed by the dossier's code, which is what desks and imports name.
 */
export class ScorecardFacts1764900000000 implements MigrationInterface {
  name = 'ScorecardFacts1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'procedure_fact',
        columns: [
          { name: 'procedure_code', type: 'varchar', length: '20', isPrimary: true },
          day('published_on'),
          day('publication_due_on'),
          day('made_public_on', true),
          day('update_due_on', true),
          flag('content_fully_public'),
          flag('online_payment_offered'),
          flag('population_db_connected'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'dossier_fact',
        columns: [
          { name: 'dossier_code', type: 'varchar', length: '40', isPrimary: true },
          { name: 'unit_code', type: 'varchar', length: '10' },
          { name: 'fee', type: 'int' },
          flag('paid_online'),
          flag('documents_digitised'),
          flag('result_electronic'),
          { name: 'certified_copies', type: 'int' },
          { name: 'certified_electronically', type: 'int' },
          flag('reused_data'),
          flag('shared_for_reuse'),
          flag('used_population_db'),
          flag('synced_to_portal'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'dossier_rating',
        columns: [
          { name: 'dossier_code', type: 'varchar', length: '40', isPrimary: true },
          { name: 'unit_code', type: 'varchar', length: '10' },
          day('rated_on'),
          { name: 'verdict', type: 'varchar', length: '10' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'feedback',
        columns: [
          { name: 'unit_code', type: 'varchar', length: '10', isPrimary: true },
          { name: 'feedback_id', type: 'varchar', length: '60', isPrimary: true },
          { name: 'status', type: 'varchar', length: '10' },
          day('received_on'),
          day('due_on'),
          day('assigned_on', true),
          day('answered_on', true),
          day('closed_on', true),
          { name: 'classification', type: 'varchar', length: '12' },
          flag('about_dissatisfaction'),
          { name: 'satisfied_with_answer', type: 'boolean', isNullable: true },
          { name: 'dossier_code', type: 'varchar', length: '40', isNullable: true },
        ],
      }),
    );
    // A scorecard reads a unit's feedback received or due in a window.
    await q.createIndex('feedback', new TableIndex({ name: 'IX_feedback_received', columnNames: ['received_on'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['feedback', 'dossier_rating', 'dossier_fact', 'procedure_fact']) await q.dropTable(table);
  }
}
