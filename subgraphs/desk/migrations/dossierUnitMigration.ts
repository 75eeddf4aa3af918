import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { RECEIVING_PERIOD_SQL } from '../units/receivingPeriod';

/**
 * A dossier keeps the unit (code and period) that received it, forever (issue 13): the period's
 * first day is stored beside the code, backfilled from the units' periods on the receipt day,
 * so a code reused later (00541 in 2025) can never capture an older dossier.
 */
export class DossierUnitPeriods1765000000000 implements MigrationInterface {
  name = 'DossierUnitPeriods1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('dossier', new TableColumn({ name: 'unit_valid_from', type: 'date', isNullable: true }));
    await q.query(`UPDATE dossier SET unit_valid_from = ${RECEIVING_PERIOD_SQL('dossier')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('dossier', 'unit_valid_from');
  }
}
