import { EntitySchema } from 'typeorm';

/** One change made through the API: append-only (the database refuses UPDATE and DELETE). */
export interface TaskAudit {
  id?: number;
  taskId: number;
  action: string;
  at: Date;
  changedBy: string;
  requestId: string;
  /** JSON of the fields before the change, and after it. */
  oldValues: string;
  newValues: string;
}

export const TaskAuditEntity = new EntitySchema<TaskAudit>({
  name: 'TaskAudit',
  tableName: 'task_audit',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    taskId: { name: 'task_id', type: 'int' },
    action: { type: 'varchar', length: 40 },
    at: { type: 'datetime', precision: 3 },
    changedBy: { name: 'changed_by', type: 'varchar', length: 200 },
    requestId: { name: 'request_id', type: 'varchar', length: 100 },
    oldValues: { name: 'old_values', type: 'text' },
    newValues: { name: 'new_values', type: 'text' },
  },
});
