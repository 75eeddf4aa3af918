import type { DataSource } from 'typeorm';
import { modelFromRows, UnitLineageEntity, UnitPeriodEntity } from './unitTables';

/** The whole map with its history: one statement per table, however many units and edges. */
export async function readUnitModel(ds: DataSource) {
  const [periods, lineage] = await Promise.all([
    ds.getRepository(UnitPeriodEntity).find(),
    ds.getRepository(UnitLineageEntity).find(),
  ]);
  return modelFromRows(periods, lineage);
}
