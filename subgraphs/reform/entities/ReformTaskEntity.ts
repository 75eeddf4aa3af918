import { EntitySchema } from 'typeorm';

/** A task of a reform plan. Its status is not stored here: it is derived from its history. */
export interface ReformTask {
  id?: number;
  planId: number;
  code: string;
  title: string;
  content: string;
  leadUnit: string;
  coordinatingUnits: string[];
  deadline: string;
  expectedOutput: string;
  /** The Hà Nội day the task entered the plan: progress on earlier days does not count it. */
  createdOn: string;
  /** Grows by one with every change; writers send the version they read (optimistic concurrency). */
  version?: number;
}

export const ReformTaskEntity = new EntitySchema<ReformTask>({
  name: 'ReformTask',
  tableName: 'reform_task',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    planId: { name: 'plan_id', type: 'int' },
    code: { type: 'varchar', length: 40, unique: true },
    title: { type: 'varchar', length: 500 },
    content: { type: 'text' },
    leadUnit: { name: 'lead_unit', type: 'varchar', length: 200 },
    coordinatingUnits: { name: 'coordinating_units', type: 'simple-json' },
    deadline: { type: 'date' },
    expectedOutput: { name: 'expected_output', type: 'text' },
    createdOn: { name: 'created_on', type: 'date' },
    version: { type: 'int', default: 1 },
  },
});
