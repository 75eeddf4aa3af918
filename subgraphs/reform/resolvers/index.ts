import { District } from './District';
import { Query } from './Query';
import { ReformPlan } from './ReformPlan';
import { ReformTask } from './ReformTask';

export const resolvers = { Query, District, ReformPlan, ReformTask };
