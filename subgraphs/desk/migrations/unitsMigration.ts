import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { loadReferenceModel } from '../units/buildReference';
import { lineageRow, periodRow, UnitLineageEntity, UnitPeriodEntity } from '../units/unitTables';

/**
 * Units with periods and their lineage (issue 13), filled from the reference files in the same
 * migration: they are facts of the map, read-only for the API, and a database seeded before this
 * change gets them too. Both desk databases hold the whole reference (a few dozen rows) so each
 * subgraph answers any unit and its lineage without asking the other.
 */
export class UnitsOverTime1764800000000 implements MigrationInterface {
  name = 'UnitsOverTime1764800000000';

  async up(q: QueryRunner): Promise<void> {
    const text = (name: string, length: string, nullable = false) => ({
      name,
      type: 'varchar',
      length,
      isNullable: nullable,
    });
    await q.createTable(
      new Table({
        name: 'unit_period',
        columns: [
          { ...text('key', '24'), isPrimary: true },
          text('code', '10'),
          text('valid_from', '10', true),
          text('valid_to', '10', true),
          text('name', '100'),
          text('kind', '10'),
          text('parent_code', '10', true),
          { name: 'outside', type: 'text', isNullable: true },
        ],
        indices: [{ name: 'IDX_unit_period_code', columnNames: ['code', 'valid_from'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'unit_lineage',
        columns: [
          { ...text('from_key', '24'), isPrimary: true },
          { ...text('to_key', '24'), isPrimary: true },
          text('share', '5'),
          text('day', '10'),
          text('resolution', '100'),
          { name: 'weight_num', type: 'int' },
          { name: 'weight_den', type: 'int' },
          { name: 'weight_rule', type: 'text' },
          text('sources', '100'),
          { name: 'note', type: 'text' },
        ],
        indices: [{ name: 'IDX_unit_lineage_to', columnNames: ['to_key'] }],
      }),
    );
    const model = loadReferenceModel();
    await q.manager.getRepository(UnitPeriodEntity).insert(model.units.map(periodRow));
    await q.manager.getRepository(UnitLineageEntity).insert(model.edges.map(lineageRow));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('unit_lineage');
    await q.dropTable('unit_period');
  }
}
