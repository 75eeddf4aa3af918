import { EntitySchema } from 'typeorm';

export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

/**
 * One change of a task's status, append-only. A task's status on any day is the status of
 * its last change on or before that day, so figures reported in the past stay reproducible.
 */
export interface TaskStatusChange {
  id?: number;
  taskId: number;
  status: TaskStatus;
  changedAt: Date;
  /** The Hà Nội calendar day of changedAt, which `progress(asOf:)` compares with. */
  changedOn: string;
  changedBy: string;
  note: string | null;
  /** The document proving completion, for COMPLETED. */
  evidence: string | null;
}

export const TaskStatusChangeEntity = new EntitySchema<TaskStatusChange>({
  name: 'TaskStatusChange',
  tableName: 'task_status_change',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    taskId: { name: 'task_id', type: 'int' },
    status: { type: 'varchar', length: 20 },
    changedAt: { name: 'changed_at', type: 'datetime', precision: 3 },
    changedOn: { name: 'changed_on', type: 'date' },
    changedBy: { name: 'changed_by', type: 'varchar', length: 200 },
    note: { type: 'text', nullable: true },
    evidence: { type: 'varchar', length: 100, nullable: true },
  },
});
