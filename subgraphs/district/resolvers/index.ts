import { Breakdown } from './Breakdown';
import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';

/** The district subgraph's own resolvers; the desk types' come from the desk module (createDeskSubgraph). */
export const resolvers = { Query, District, Report, Breakdown };
