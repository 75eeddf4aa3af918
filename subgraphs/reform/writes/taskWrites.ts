import type { EntityManager } from 'typeorm';
import { requireDistrict, type Identity } from '../../shared/auth/identity';
import { vnDate } from '../../shared/dates';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { ReformPlanEntity } from '../entities/ReformPlanEntity';
import { ReformTaskEntity, type ReformTask } from '../entities/ReformTaskEntity';
import { TaskAuditEntity } from '../entities/TaskAuditEntity';
import { TaskStatusChangeEntity, type TaskStatus } from '../entities/TaskStatusChangeEntity';

/** Who is writing and under which request: recorded on every history row. */
export interface Author {
  by: string;
  requestId: string;
  /** Whose districts bound the write (a planner's token names them). */
  identity: Identity;
  /** The mutation, named in a refusal. */
  operation: string;
}

/** FORBIDDEN unless the author may write for the task's district (its plan's). */
export async function requireTaskDistrict(manager: EntityManager, author: Author, task: ReformTask): Promise<void> {
  const plan = await manager.getRepository(ReformPlanEntity).findOneByOrFail({ id: task.planId });
  requireDistrict(author.identity, plan.districtCode, author.operation);
}

export interface TaskChangeSpec {
  action: string;
  /** Descriptive fields to set (empty for status changes and notes). */
  fields?: Partial<
    Pick<ReformTask, 'title' | 'content' | 'leadUnit' | 'coordinatingUnits' | 'deadline' | 'expectedOutput'>
  >;
  /** Allowed current statuses and the new one, for a status change. */
  transition?: { from: TaskStatus[]; to: TaskStatus; note: string | null; evidence: string | null };
  /** What the history row records besides changed fields (a note, an evidence, a link). */
  recorded?: Record<string, unknown>;
}

export async function currentStatus(manager: EntityManager, taskId: number): Promise<TaskStatus> {
  const last = await manager
    .getRepository(TaskStatusChangeEntity)
    .findOne({ where: { taskId }, order: { changedAt: 'DESC', id: 'DESC' } });
  return last?.status ?? 'NOT_STARTED';
}

export async function findTask(manager: EntityManager, code: string): Promise<ReformTask> {
  const task = await manager.getRepository(ReformTaskEntity).findOneBy({ code });
  if (!task) throw new NotFoundError(`no reform task has code ${code}`);
  return task;
}

function staleVersion(code: string, sent: number, current: number): ConflictError {
  return new ConflictError(
    `task ${code} has changed since you read it (you sent version ${sent}, it is at version ${current}); read it again`,
  );
}

/**
 * Applies one change to a task inside the caller's transaction: checks the status transition,
 * bumps the version only if it is still the one the caller read (a conditional UPDATE, since
 * TypeORM's version column does not check it on save), writes the status change and the audit
 * row, and returns the task as it now is.
 */
export async function changeTask(
  manager: EntityManager,
  author: Author,
  code: string,
  expectedVersion: number,
  spec: TaskChangeSpec,
): Promise<ReformTask> {
  const task = await findTask(manager, code);
  await requireTaskDistrict(manager, author, task);
  // A caller who read an older version has not seen the state its request would be judged
  // against: that is a conflict first, whatever the transition rules would say.
  if (task.version !== expectedVersion) throw staleVersion(code, expectedVersion, task.version!);
  const { oldValues, newValues } = await changedValues(manager, task, code, spec);
  const update = manager
    .createQueryBuilder()
    .update(ReformTaskEntity)
    .set({ ...(spec.fields as object), version: () => 'version + 1' } as any)
    .where('id = :id AND version = :version', { id: task.id, version: expectedVersion });
  // The check above read without a lock; this conditional UPDATE settles a race between two
  // writers that both read the same version.
  const { affected } = await update.execute();
  if (affected !== 1) throw staleVersion(code, expectedVersion, expectedVersion + 1);
  await recordChange(manager, author, task.id!, spec, oldValues, newValues);
  return findTask(manager, code);
}

/** The audit's before and after, with the status transition checked against the current status. */
async function changedValues(manager: EntityManager, task: ReformTask, code: string, spec: TaskChangeSpec) {
  const oldValues: Record<string, unknown> = {};
  const newValues: Record<string, unknown> = { ...spec.recorded };
  for (const [field, value] of Object.entries(spec.fields ?? {})) {
    oldValues[field] = (task as any)[field];
    newValues[field] = value;
  }
  if (spec.transition) {
    const status = await currentStatus(manager, task.id!);
    if (!spec.transition.from.includes(status)) {
      throw new BadUserInputError(
        `task ${code} is ${status}; ${spec.action} needs it to be ${spec.transition.from.join(' or ')}`,
        'code',
      );
    }
    oldValues.status = status;
    newValues.status = spec.transition.to;
  }
  return { oldValues, newValues };
}

/** The status change (when there is one) and the audit row of a change just made. */
async function recordChange(
  manager: EntityManager,
  author: Author,
  taskId: number,
  spec: TaskChangeSpec,
  oldValues: Record<string, unknown>,
  newValues: Record<string, unknown>,
): Promise<void> {
  const at = new Date();
  if (spec.transition) {
    await manager.getRepository(TaskStatusChangeEntity).insert({
      taskId,
      status: spec.transition.to,
      changedAt: at,
      changedOn: vnDate(at),
      changedBy: author.by,
      note: spec.transition.note,
      evidence: spec.transition.evidence,
    });
  }
  await manager.getRepository(TaskAuditEntity).insert({
    taskId,
    action: spec.action,
    at,
    changedBy: author.by,
    requestId: author.requestId,
    oldValues: JSON.stringify(oldValues),
    newValues: JSON.stringify(newValues),
  });
}
