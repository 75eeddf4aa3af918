import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { recountFromDossiers, unitCodesWithDossiers, writeRollupRows } from '../rollups/rollupBuild';
import { DAY_COLUMNS } from '../rollups/rollups';

const key = (name: string, type: string, length?: string) => ({ name, type, length, isPrimary: true });

/**
 * The statistic rollups (rollups.ts). Primary keys lead with the unit and the day every read
 * filters on, so a district's window is one index range. Existing dossiers are rolled up here,
 * unit by unit, so a database created before this migration reads the same figures after it.
 */
export class DossierRollups1764600000000 implements MigrationInterface {
  name = 'DossierRollups1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'dossier_day_rollup',
        columns: [
          key('unit_code', 'varchar', '10'),
          key('day', 'date'),
          key('procedure_code', 'varchar', '20'),
          key('channel', 'varchar', '10'),
          ...DAY_COLUMNS.map((name) => ({ name, type: 'int', default: 0 })),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'dossier_cohort_rollup',
        columns: [
          key('unit_code', 'varchar', '10'),
          key('received_on', 'date'),
          key('resolved_on', 'date'),
          key('procedure_code', 'varchar', '20'),
          key('channel', 'varchar', '10'),
          { name: 'on_time', type: 'smallint', isPrimary: true },
          { name: 'n', type: 'int', default: 0 },
        ],
      }),
    );
    const units = await unitCodesWithDossiers(q);
    for (let i = 0; i < units.length; i += 50)
      await writeRollupRows(q, await recountFromDossiers(q, units.slice(i, i + 50)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('dossier_cohort_rollup');
    await q.dropTable('dossier_day_rollup');
  }
}
