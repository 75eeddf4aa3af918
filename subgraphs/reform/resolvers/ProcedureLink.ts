import type { ProcedureLevel } from '../entities/TaskProcedureEntity';
import type {
  CommuneProcedureResolvers,
  DistrictProcedureResolvers,
  ProcedureLinkResolvers,
} from '../generated/resolvers.generated';

/** A procedure entity of either level (DistrictProcedure, CommuneProcedure): its key only. */
export interface ProcedureRef {
  code: string;
}

/** The link points into the catalogue of its level; the gateway asks that subgraph for the details. */
export const ProcedureLink: ProcedureLinkResolvers = {
  districtProcedure: (link) => (link.level === 'DISTRICT' ? { code: link.procedureCode } : null),
  communeProcedure: (link) => (link.level === 'COMMUNE' ? { code: link.procedureCode } : null),
};

/** The reform side of DistrictProcedure / CommuneProcedure: the tasks linked to a procedure. */
const tasksOf = (level: ProcedureLevel): DistrictProcedureResolvers & CommuneProcedureResolvers => ({
  __resolveReference: (ref) => ({ code: ref.code }),
  reformTasks: (ref, _, ctx) => ctx.loaders.tasksByProcedure.load(`${level}|${ref.code}`),
});

export const DistrictProcedure: DistrictProcedureResolvers = tasksOf('DISTRICT');
export const CommuneProcedure: CommuneProcedureResolvers = tasksOf('COMMUNE');
