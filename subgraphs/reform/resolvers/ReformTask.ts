import { requireRole, type Identity } from '../../shared/auth/identity';
import { toIsoDate } from '../../shared/dates';
import type { ReformContext } from '../context';
import type { TaskStatusChange as StatusChangeEntityRow } from '../entities/TaskStatusChangeEntity';
import type {
  ReformTaskResolvers,
  TaskNoteResolvers,
  TaskStatusChangeResolvers,
} from '../generated/resolvers.generated';
import { isOverdue, statusAt, today } from '../taskStatus';

/** A progress note as `notes` builds it; its author is answered to planning staff only. */
export type NoteRow = { at: Date; by: string; text: string };
/** A status change row as `statusHistory` answers it. */
export type StatusChangeRow = StatusChangeEntityRow & { at: Date; by: string };

const day = (value: Date | null | undefined) => (value ? toIsoDate(value, 'asOf') : null);
const parse = (json: string): Record<string, string> => JSON.parse(json);

/**
 * The plan, its tasks and their status are public; who did what is not. The history rows (author,
 * request id, old and new values) and the author of a note or status change are answered to
 * planning staff only: anyone else gets null there and a FORBIDDEN error naming the field.
 */
const AUDIT_READERS = ['planner', 'admin'] as const;
const requireAuditReader = (identity: Identity, field: string) =>
  requireRole(identity, AUDIT_READERS, `Reading ${field}`);

/** `by` of a note or a status change: the author, for planning staff only. */
const author = (field: string) => (row: { by: string }, _: unknown, ctx: ReformContext) => {
  requireAuditReader(ctx.identity, field);
  return row.by;
};
export const TaskNote: TaskNoteResolvers = { by: author('TaskNote.by') };
export const TaskStatusChange: TaskStatusChangeResolvers = { by: author('TaskStatusChange.by') };

export const ReformTask: ReformTaskResolvers = {
  version: (task) => task.version ?? 1,
  status: async (task, args, ctx) => statusAt(await ctx.loaders.statusChanges.load(task.id!), day(args.asOf)),
  overdue: async (task, args, ctx) =>
    isOverdue(task, await ctx.loaders.statusChanges.load(task.id!), day(args.asOf) ?? today()),
  statusHistory: async (task, _, ctx) =>
    (await ctx.loaders.statusChanges.load(task.id!)).map((c) => ({ ...c, at: c.changedAt, by: c.changedBy })),
  history: async (task, _, ctx) => {
    requireAuditReader(ctx.identity, 'ReformTask.history');
    return (await ctx.loaders.audit.load(task.id!)).map((a) => ({ ...a, by: a.changedBy }));
  },
  /** Notes given with status changes and notes added on their own, in time order. */
  notes: async (task, _, ctx) => {
    const [changes, audit] = await Promise.all([
      ctx.loaders.statusChanges.load(task.id!),
      ctx.loaders.audit.load(task.id!),
    ]);
    return [
      ...changes.filter((c) => c.note).map((c) => ({ at: c.changedAt, by: c.changedBy, text: c.note! })),
      ...audit
        .filter((a) => a.action === 'ADD_NOTE')
        .map((a) => ({ at: a.at, by: a.changedBy, text: parse(a.newValues).note })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
  },
  evidence: async (task, _, ctx) => {
    const [changes, audit] = await Promise.all([
      ctx.loaders.statusChanges.load(task.id!),
      ctx.loaders.audit.load(task.id!),
    ]);
    return [
      ...changes.filter((c) => c.evidence).map((c) => ({ at: c.changedAt, text: c.evidence! })),
      ...audit.filter((a) => a.action === 'ADD_EVIDENCE').map((a) => ({ at: a.at, text: parse(a.newValues).evidence })),
    ]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((e) => e.text);
  },
  directives: (task, _, ctx) => ctx.loaders.directivesByTask.load(task.id!),
  procedureLinks: (task, _, ctx) => ctx.loaders.procedureLinks.load(task.id!),
};
