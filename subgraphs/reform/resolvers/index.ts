import { DateTimeResolver } from 'graphql-scalars';
import { Directive } from './Directive';
import { District } from './District';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { ReformPlan } from './ReformPlan';
import { ReformTask } from './ReformTask';

export const resolvers = { Query, Mutation, District, ReformPlan, ReformTask, Directive, DateTime: DateTimeResolver };
