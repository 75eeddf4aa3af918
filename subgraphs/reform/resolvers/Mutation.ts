import type { EntityManager } from 'typeorm';
import { requireDistrict } from '../../shared/auth/identity';
import { toIsoDate, vnDate } from '../../shared/dates';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import type { ReformContext } from '../context';
import type { CreateReformTaskInput, MutationResolvers, UpdateReformTaskInput } from '../generated/resolvers.generated';
import { DirectiveEntity, TaskDirectiveEntity, type DirectiveType } from '../entities/DirectiveEntity';
import { ReformPlanEntity } from '../entities/ReformPlanEntity';
import { ReformTaskEntity, type ReformTask } from '../entities/ReformTaskEntity';
import { TaskAuditEntity } from '../entities/TaskAuditEntity';
import { TaskProcedureEntity } from '../entities/TaskProcedureEntity';
import { runWrite } from '../writes/runWrite';
import { changeTask, findTask, requireTaskDistrict, type Author, type TaskChangeSpec } from '../writes/taskWrites';
import * as valid from '../writes/validate';
import { checkYear } from './Query';

const DIRECTIVE_TYPES: DirectiveType[] = ['PLAN', 'DECISION', 'DIRECTIVE', 'OFFICIAL_LETTER', 'NOTICE', 'REPORT'];

async function createTask(m: EntityManager, author: Author, input: CreateReformTaskInput): Promise<ReformTask> {
  const year = checkYear(input.planYear);
  const fields = {
    code: valid.taskCode('input.code', input.code),
    title: valid.text('input.title', input.title, 500),
    content: valid.text('input.content', input.content, 5000),
    leadUnit: valid.text('input.leadUnit', input.leadUnit, 200),
    coordinatingUnits: valid.units('input.coordinatingUnits', input.coordinatingUnits ?? []),
    deadline: valid.deadline('input.deadline', input.deadline, year),
    expectedOutput: valid.text('input.expectedOutput', input.expectedOutput, 2000),
  };
  requireDistrict(author.identity, String(input.districtCode), author.operation);
  const plan = await m.getRepository(ReformPlanEntity).findOneBy({ districtCode: String(input.districtCode), year });
  if (!plan) throw new NotFoundError(`district ${input.districtCode} has no reform plan for ${year}`);
  if (await m.getRepository(ReformTaskEntity).existsBy({ code: fields.code })) {
    throw new ConflictError(`a reform task with code ${fields.code} already exists`);
  }
  const { identifiers } = await m
    .getRepository(ReformTaskEntity)
    .insert({ ...fields, planId: plan.id!, version: 1, createdOn: vnDate(new Date()) });
  await m.getRepository(TaskAuditEntity).insert({
    taskId: identifiers[0].id,
    action: 'CREATE',
    at: new Date(),
    changedBy: author.by,
    requestId: author.requestId,
    oldValues: '{}',
    newValues: JSON.stringify(fields),
  });
  return findTask(m, fields.code);
}

/** The fields of an update, validated; a deadline must stay in the task's plan year or the next. */
async function updateFields(m: EntityManager, code: string, input: UpdateReformTaskInput) {
  const fields: NonNullable<TaskChangeSpec['fields']> = {};
  if (input.title != null) fields.title = valid.text('input.title', input.title, 500);
  if (input.content != null) fields.content = valid.text('input.content', input.content, 5000);
  if (input.leadUnit != null) fields.leadUnit = valid.text('input.leadUnit', input.leadUnit, 200);
  if (input.coordinatingUnits != null)
    fields.coordinatingUnits = valid.units('input.coordinatingUnits', input.coordinatingUnits);
  if (input.expectedOutput != null)
    fields.expectedOutput = valid.text('input.expectedOutput', input.expectedOutput, 2000);
  if (input.deadline != null) {
    const plan = await m.getRepository(ReformPlanEntity).findOneByOrFail({ id: (await findTask(m, code)).planId });
    fields.deadline = valid.deadline('input.deadline', input.deadline, plan.year);
  }
  if (Object.keys(fields).length === 0)
    throw new BadUserInputError('input changes nothing: give at least one field', 'input');
  return fields;
}

// The district is checked before the change is worked out, so a planner of another district
// learns FORBIDDEN, not what else is wrong with the request.
const change = (
  ctx: ReformContext,
  operation: string,
  args: { code: string; version: number; idempotencyKey?: string | null },
  spec: (m: EntityManager) => Promise<Parameters<typeof changeTask>[4]>,
) =>
  runWrite(ctx, operation, args, async (m, author) => {
    await requireTaskDistrict(m, author, await findTask(m, args.code));
    return changeTask(m, author, args.code, valid.version(args.version), await spec(m));
  });

export const Mutation: MutationResolvers = {
  createReformTask: (_, args, ctx) =>
    runWrite(ctx, 'createReformTask', args, (m, author) => createTask(m, author, args.input)),

  updateReformTask: (_, args, ctx) =>
    change(ctx, 'updateReformTask', args, async (m) => ({
      action: 'UPDATE',
      fields: await updateFields(m, args.code, args.input),
    })),

  startReformTask: (_, args, ctx) =>
    change(ctx, 'startReformTask', args, async () => ({
      action: 'START',
      transition: {
        from: ['NOT_STARTED'],
        to: 'IN_PROGRESS',
        note: valid.optionalText('note', args.note, 2000),
        evidence: null,
      },
    })),

  completeReformTask: (_, args, ctx) =>
    change(ctx, 'completeReformTask', args, async () => ({
      action: 'COMPLETE',
      transition: {
        from: ['IN_PROGRESS'],
        to: 'COMPLETED',
        note: valid.optionalText('note', args.note, 2000),
        evidence: valid.text('evidence', args.evidence, 100),
      },
    })),

  reopenReformTask: (_, args, ctx) =>
    change(ctx, 'reopenReformTask', args, async () => ({
      action: 'REOPEN',
      transition: { from: ['COMPLETED'], to: 'IN_PROGRESS', note: valid.text('note', args.note, 2000), evidence: null },
    })),

  addReformTaskNote: (_, args, ctx) =>
    change(ctx, 'addReformTaskNote', args, async () => ({
      action: 'ADD_NOTE',
      recorded: { note: valid.text('note', args.note, 2000) },
    })),

  addReformTaskEvidence: (_, args, ctx) =>
    change(ctx, 'addReformTaskEvidence', args, async () => ({
      action: 'ADD_EVIDENCE',
      recorded: { evidence: valid.text('evidence', args.evidence, 100) },
    })),

  linkProcedureToTask: (_, args, ctx) =>
    change(ctx, 'linkProcedureToTask', args, async (m) => {
      const procedureCode = valid.text('procedureCode', args.procedureCode, 20);
      if (!/^[0-9]\.[0-9]{6}$/.test(procedureCode)) {
        throw new BadUserInputError('procedureCode must be a national procedure code like 1.001612', 'procedureCode');
      }
      const link = { taskId: (await findTask(m, args.code)).id!, level: args.level, procedureCode };
      if (await m.getRepository(TaskProcedureEntity).existsBy(link)) {
        throw new BadUserInputError(
          `procedure ${procedureCode} is already linked to task ${args.code}`,
          'procedureCode',
        );
      }
      await m.getRepository(TaskProcedureEntity).insert(link);
      return { action: 'LINK_PROCEDURE', recorded: { level: link.level, procedureCode } };
    }),

  linkDirectiveToTask: (_, args, ctx) =>
    change(ctx, 'linkDirectiveToTask', args, async (m) => {
      const number = valid.text('directiveNumber', args.directiveNumber, 50);
      const directive = await m.getRepository(DirectiveEntity).findOneBy({ number });
      if (!directive) throw new NotFoundError(`no directive has number ${number}`);
      const link = { taskId: (await findTask(m, args.code)).id!, directiveId: directive.id! };
      if (await m.getRepository(TaskDirectiveEntity).existsBy(link)) {
        throw new BadUserInputError(`directive ${number} is already linked to task ${args.code}`, 'directiveNumber');
      }
      await m.getRepository(TaskDirectiveEntity).insert(link);
      return { action: 'LINK_DIRECTIVE', recorded: { directiveNumber: number } };
    }),

  recordDirective: (_, args, ctx) =>
    runWrite(ctx, 'recordDirective', args, async (m, author) => {
      const input = args.input;
      requireDistrict(author.identity, String(input.districtCode), author.operation);
      if (!DIRECTIVE_TYPES.includes(input.type))
        throw new BadUserInputError('input.type is not a directive type', 'input.type');
      const directive = {
        districtCode: valid.text('input.districtCode', input.districtCode, 10),
        number: valid.text('input.number', input.number, 50),
        issuedOn: toIsoDate(input.issuedOn, 'input.issuedOn'),
        type: input.type,
        issuer: valid.text('input.issuer', input.issuer, 200),
        title: valid.text('input.title', input.title, 500),
      };
      if (await m.getRepository(DirectiveEntity).existsBy({ number: directive.number })) {
        throw new ConflictError(`a directive numbered ${directive.number} is already recorded`);
      }
      await m.getRepository(DirectiveEntity).insert(directive);
      return m.getRepository(DirectiveEntity).findOneByOrFail({ number: directive.number });
    }),
};
