import { EntitySchema } from 'typeorm';

export type DirectiveType = 'PLAN' | 'DECISION' | 'DIRECTIVE' | 'OFFICIAL_LETTER' | 'NOTICE' | 'REPORT';

/** A directive document on administrative reform issued by a district (văn bản chỉ đạo). */
export interface Directive {
  id?: number;
  districtCode: string;
  number: string;
  issuedOn: string;
  type: DirectiveType;
  issuer: string;
  title: string;
}

export const DirectiveEntity = new EntitySchema<Directive>({
  name: 'Directive',
  tableName: 'directive',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    districtCode: { name: 'district_code', type: 'varchar', length: 10 },
    number: { type: 'varchar', length: 50, unique: true },
    issuedOn: { name: 'issued_on', type: 'date' },
    type: { type: 'varchar', length: 20 },
    issuer: { type: 'varchar', length: 200 },
    title: { type: 'varchar', length: 500 },
  },
});

/** Which directives a task follows. */
export interface TaskDirective {
  taskId: number;
  directiveId: number;
}

export const TaskDirectiveEntity = new EntitySchema<TaskDirective>({
  name: 'TaskDirective',
  tableName: 'task_directive',
  columns: {
    taskId: { name: 'task_id', type: 'int', primary: true },
    directiveId: { name: 'directive_id', type: 'int', primary: true },
  },
});
