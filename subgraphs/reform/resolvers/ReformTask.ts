import { toIsoDate } from '../../shared/dates';
import type { ReformContext } from '../context';
import type { ReformTask as TaskRow } from '../entities/ReformTaskEntity';
import { isOverdue, statusAt, today } from '../taskStatus';

const day = (value: Date | null | undefined) => (value ? toIsoDate(value, 'asOf') : null);
const parse = (json: string): Record<string, any> => JSON.parse(json);

export const ReformTask = {
  version: (task: TaskRow) => task.version ?? 1,
  status: async (task: TaskRow, args: { asOf?: Date | null }, ctx: ReformContext) =>
    statusAt(await ctx.loaders.statusChanges.load(task.id!), day(args.asOf)),
  overdue: async (task: TaskRow, args: { asOf?: Date | null }, ctx: ReformContext) =>
    isOverdue(task, await ctx.loaders.statusChanges.load(task.id!), day(args.asOf) ?? today()),
  statusHistory: async (task: TaskRow, _: unknown, ctx: ReformContext) =>
    (await ctx.loaders.statusChanges.load(task.id!)).map((c) => ({ ...c, at: c.changedAt, by: c.changedBy })),
  history: async (task: TaskRow, _: unknown, ctx: ReformContext) =>
    (await ctx.loaders.audit.load(task.id!)).map((a) => ({ ...a, by: a.changedBy })),
  /** Notes given with status changes and notes added on their own, in time order. */
  notes: async (task: TaskRow, _: unknown, ctx: ReformContext) => {
    const [changes, audit] = await Promise.all([ctx.loaders.statusChanges.load(task.id!), ctx.loaders.audit.load(task.id!)]);
    return [
      ...changes.filter((c) => c.note).map((c) => ({ at: c.changedAt, by: c.changedBy, text: c.note! })),
      ...audit.filter((a) => a.action === 'ADD_NOTE').map((a) => ({ at: a.at, by: a.changedBy, text: parse(a.newValues).note })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
  },
  evidence: async (task: TaskRow, _: unknown, ctx: ReformContext) => {
    const [changes, audit] = await Promise.all([ctx.loaders.statusChanges.load(task.id!), ctx.loaders.audit.load(task.id!)]);
    return [
      ...changes.filter((c) => c.evidence).map((c) => ({ at: c.changedAt, text: c.evidence! })),
      ...audit.filter((a) => a.action === 'ADD_EVIDENCE').map((a) => ({ at: a.at, text: parse(a.newValues).evidence as string })),
    ]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((e) => e.text);
  },
  directives: (task: TaskRow, _: unknown, ctx: ReformContext) => ctx.loaders.directivesByTask.load(task.id!),
  procedureLinks: (task: TaskRow, _: unknown, ctx: ReformContext) => ctx.loaders.procedureLinks.load(task.id!),
};
