import type { EntityManager } from 'typeorm';
import { readCsv } from '../../shared/csv';
import { repoFile } from '../../shared/paths';
import { SatisfactionPlanEntity, type SatisfactionPlan } from '../entities/SatisfactionPlanEntity';

/** Gia Lâm's 2021 satisfaction plans: its five lead agencies and 22 communes, each with its plan (F16 = 100 %). */
export async function seedSatisfactionPlans(manager: EntityManager): Promise<void> {
  const rows: SatisfactionPlan[] = readCsv(repoFile('subgraphs', 'reform', 'seed', 'satisfactionPlans.csv')).map(
    (r) => ({
      districtCode: r.district_code,
      planYear: Number(r.plan_year),
      unitKind: r.unit_kind as SatisfactionPlan['unitKind'],
      unitCode: r.unit_code || null,
      unitName: r.unit_name,
      documentNumber: r.document_number || null,
      adoptedOn: r.adopted_on || null,
    }),
  );
  await manager.getRepository(SatisfactionPlanEntity).insert(rows);
}
