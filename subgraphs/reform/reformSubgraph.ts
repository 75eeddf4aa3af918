import type { SubgraphDefinition } from '../shared/subgraphApp';
import { createReformContext, type ReformContext } from './context';
import { DirectiveEntity, TaskDirectiveEntity } from './entities/DirectiveEntity';
import { ReformPlanEntity } from './entities/ReformPlanEntity';
import { ReformTaskEntity } from './entities/ReformTaskEntity';
import { TaskStatusChangeEntity } from './entities/TaskStatusChangeEntity';
import { ReformPlans1764300000001 } from './migrations/ReformPlans1764300000001';
import { ReformTracking1764300000002 } from './migrations/ReformTracking1764300000002';
import { ReformVersion1764700000002 } from './migrations/ReformVersion1764700000002';
import { IdempotencyKeyEntity } from './entities/IdempotencyKeyEntity';
import { TaskAuditEntity } from './entities/TaskAuditEntity';
import { TaskProcedureEntity } from './entities/TaskProcedureEntity';
import { SatisfactionPlanEntity } from './entities/SatisfactionPlanEntity';
import { SatisfactionPlans1764900000002 } from './migrations/SatisfactionPlans1764900000002';
import { resolvers } from './resolvers';
import { reformIsEmpty, seedReform } from './seed/seedReform';

/** The reform subgraph: annual reform plans, their tasks with status history, and directive documents. */
export const reformSubgraph: SubgraphDefinition<ReformContext> = {
  name: 'reform',
  entities: [
    ReformPlanEntity,
    ReformTaskEntity,
    TaskStatusChangeEntity,
    DirectiveEntity,
    TaskDirectiveEntity,
    TaskAuditEntity,
    IdempotencyKeyEntity,
    TaskProcedureEntity,
    SatisfactionPlanEntity,
  ],
  migrations: [
    ReformPlans1764300000001,
    ReformTracking1764300000002,
    ReformVersion1764700000002,
    SatisfactionPlans1764900000002,
  ],
  resolvers,
  publicTypes: [
    'District',
    'DistrictProcedure',
    'CommuneProcedure',
    'ReformPlan',
    'ReformProgress',
    'LeadUnitProgress',
    'ReformPeriodReport',
    'SatisfactionPlanCoverage',
    'SatisfactionPlanEntry',
  ],
  createContext: createReformContext,
  isEmpty: reformIsEmpty,
  seed: seedReform,
};
