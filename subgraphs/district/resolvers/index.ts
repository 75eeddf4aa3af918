import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';

export const resolvers = { Query, District, Report };
