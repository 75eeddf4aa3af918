import { vnDate } from '../shared/dates';
import type { ReformTask } from './entities/ReformTaskEntity';
import type { TaskStatus, TaskStatusChange } from './entities/TaskStatusChangeEntity';

/** Today in Hà Nội: the default day for "current" figures. */
export const today = () => vnDate(new Date());

/** The status at the end of `asOf` (Vietnam time): that of the last change on or before it. */
export function statusAt(changes: readonly TaskStatusChange[], asOf: string | null): TaskStatus {
  let status: TaskStatus = 'NOT_STARTED';
  for (const change of changes) {
    if (asOf !== null && change.changedOn > asOf) break;
    status = change.status;
  }
  return status;
}

/** Past its deadline at the end of `asOf` without being completed then (due at the end of the deadline day). */
export function isOverdue(task: ReformTask, changes: readonly TaskStatusChange[], asOf: string): boolean {
  return task.deadline < asOf && statusAt(changes, asOf) !== 'COMPLETED';
}
