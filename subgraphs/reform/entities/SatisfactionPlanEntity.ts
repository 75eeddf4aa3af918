import { EntitySchema } from 'typeorm';

/**
 * A unit the district expects to plan how to raise citizens' satisfaction in a year (its
 * agencies and its communes), and the plan it adopted, if any: what the record's F16 counts.
 * Planning lives in this subgraph; a commune is named here by its code and name as the plan
 * listed it, not read from the commune subgraph.
 */
export interface SatisfactionPlan {
  districtCode: string;
  planYear: number;
  unitName: string;
  unitKind: 'AGENCY' | 'COMMUNE';
  unitCode: string | null;
  /** The unit's plan document (kế hoạch nâng cao mức độ hài lòng); null while it has none. */
  documentNumber: string | null;
  adoptedOn: string | null;
}

export const SatisfactionPlanEntity = new EntitySchema<SatisfactionPlan>({
  name: 'SatisfactionPlan',
  tableName: 'satisfaction_plan',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 10, primary: true },
    planYear: { name: 'plan_year', type: 'int', primary: true },
    unitName: { name: 'unit_name', type: 'varchar', length: 150, primary: true },
    unitKind: { name: 'unit_kind', type: 'varchar', length: 10 },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10, nullable: true },
    documentNumber: { name: 'document_number', type: 'varchar', length: 50, nullable: true },
    adoptedOn: { name: 'adopted_on', type: 'date', nullable: true },
  },
});
