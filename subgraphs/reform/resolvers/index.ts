import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers.generated';
import { Directive } from './Directive';
import { District } from './District';
import { Mutation } from './Mutation';
import { CommuneProcedure, DistrictProcedure, ProcedureLink } from './ProcedureLink';
import { Query } from './Query';
import { ReformPlan } from './ReformPlan';
import { ReformTask, TaskNote, TaskStatusChange } from './ReformTask';
import { satisfactionPlans } from './satisfactionPlans';

export const resolvers = {
  Query,
  Mutation,
  District,
  ReformPlan: { ...ReformPlan, satisfactionPlans },
  ReformTask,
  TaskNote,
  TaskStatusChange,
  Directive,
  ProcedureLink,
  DistrictProcedure,
  CommuneProcedure,
  DateTime: DateTimeResolver,
} satisfies Resolvers;
