import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { levelPeriodsOf, ProcedureLevelEntity } from '../catalogue/procedureLevels';
import type { ProcedureLevel } from '../catalogue/procedureEntities';

/**
 * Each procedure's level with its period (issue 13: desks follow the map), backfilled from the
 * catalogue already there: a district procedure was the district's until 2025-06-30 and is the
 * commune level's from 2025-07-01. A database seeded later gets its rows from the seed.
 */
export class ProcedureLevels1764950000000 implements MigrationInterface {
  name = 'ProcedureLevels1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'procedure_level',
        columns: [
          { name: 'procedure_code', type: 'varchar', length: '20', isPrimary: true },
          { name: 'level', type: 'varchar', length: '10', isPrimary: true },
          { name: 'valid_from', type: 'date', isNullable: true },
          { name: 'valid_to', type: 'date', isNullable: true },
        ],
      }),
    );
    const procedures: { code: string; level: ProcedureLevel }[] = await q.query(
      'SELECT code, level FROM admin_procedure',
    );
    const rows = procedures.flatMap((p) => levelPeriodsOf(p.code, p.level));
    if (rows.length > 0) await q.manager.getRepository(ProcedureLevelEntity).insert(rows);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('procedure_level');
  }
}
