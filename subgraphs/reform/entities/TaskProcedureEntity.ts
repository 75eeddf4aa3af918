import { EntitySchema } from 'typeorm';

export type ProcedureLevel = 'DISTRICT' | 'COMMUNE';

/** A procedure a task simplifies: a reference into the district or commune catalogue. */
export interface TaskProcedure {
  taskId: number;
  level: ProcedureLevel;
  procedureCode: string;
}

export const TaskProcedureEntity = new EntitySchema<TaskProcedure>({
  name: 'TaskProcedure',
  tableName: 'task_procedure',
  columns: {
    taskId: { name: 'task_id', type: 'int', primary: true },
    level: { type: 'varchar', length: 10, primary: true },
    procedureCode: { name: 'procedure_code', type: 'varchar', length: 20, primary: true },
  },
});
