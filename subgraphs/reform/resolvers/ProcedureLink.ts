import type { ReformContext } from '../context';
import type { ProcedureLevel, TaskProcedure } from '../entities/TaskProcedureEntity';

/** The link points into the catalogue of its level; the gateway asks that subgraph for the details. */
export const ProcedureLink = {
  districtProcedure: (link: TaskProcedure) => (link.level === 'DISTRICT' ? { code: link.procedureCode } : null),
  communeProcedure: (link: TaskProcedure) => (link.level === 'COMMUNE' ? { code: link.procedureCode } : null),
};

/** The reform side of DistrictProcedure / CommuneProcedure: the tasks linked to a procedure. */
const tasksOf = (level: ProcedureLevel) => ({
  __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
  reformTasks: (ref: { code: string }, _: unknown, ctx: ReformContext) =>
    ctx.loaders.tasksByProcedure.load(`${level}|${ref.code}`),
});

export const DistrictProcedure = tasksOf('DISTRICT');
export const CommuneProcedure = tasksOf('COMMUNE');
