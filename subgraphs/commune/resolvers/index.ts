import { Breakdown } from './Breakdown';
import { Commune } from './Commune';
import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';

/** The commune subgraph's own resolvers; the desk types' come from the desk module (createDeskSubgraph). */
export const resolvers = { Query, District, Commune, Report, Breakdown };
