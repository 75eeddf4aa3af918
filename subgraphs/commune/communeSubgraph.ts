import { createDeskSubgraph } from '../desk/createDeskSubgraph';
import type { CommuneContext } from './context';
import { CommuneEntity } from './entities/CommuneEntity';
import { createCommuneLoaders } from './loaders';
import { Communes1764300000001 } from './migrations/Communes1764300000001';
import { resolvers } from './resolvers';
import { communeIsEmpty, seedCommune } from './seed/seedCommune';

/** The commune subgraph: commune-level units, their shared catalogue and each commune desk's dossiers. */
export const communeSubgraph = createDeskSubgraph({
  name: 'commune',
  level: 'COMMUNE',
  unitEntity: CommuneEntity,
  unitMigrations: [Communes1764300000001],
  createLoaders: createCommuneLoaders,
  resolvers,
  publicTypes: ['District', 'Commune', 'CommuneProcedure', 'CommuneReport', 'UnitCounts', 'UnitCountRow', 'Figure'],
  isEmpty: communeIsEmpty,
  seed: (ds) => seedCommune(ds),
}) satisfies { createContext: (...args: any[]) => CommuneContext };
