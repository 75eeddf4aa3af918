import { EntitySchema } from 'typeorm';

/** A district's annual administrative-reform (CCHC) plan. */
export interface ReformPlan {
  id?: number;
  districtCode: string;
  year: number;
  title: string;
  /** The document that issued the plan (a Kế hoạch of the district People's Committee). */
  directiveNumber: string | null;
}

export const ReformPlanEntity = new EntitySchema<ReformPlan>({
  name: 'ReformPlan',
  tableName: 'reform_plan',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    districtCode: { name: 'district_code', type: 'varchar', length: 10 },
    year: { type: 'int' },
    title: { type: 'varchar', length: 300 },
    directiveNumber: { name: 'directive_number', type: 'varchar', length: 50, nullable: true },
  },
});
