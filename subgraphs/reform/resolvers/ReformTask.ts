import { toIsoDate } from '../../shared/dates';
import type { ReformContext } from '../context';
import type { ReformTask as TaskRow } from '../entities/ReformTaskEntity';

export const ReformTask = {
  status: (task: TaskRow, args: { asOf?: Date | null }, ctx: ReformContext) =>
    ctx.loaders.status.load({ taskId: task.id!, asOf: args.asOf ? toIsoDate(args.asOf, 'asOf') : null }),
};
