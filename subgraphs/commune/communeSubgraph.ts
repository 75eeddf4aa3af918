import { ONE_STOP_ENTITIES, oneStopMigrations } from '../shared/onestop/oneStopDesk';
import type { SubgraphDefinition } from '../shared/subgraphApp';
import { createCommuneContext, type CommuneContext } from './context';
import { CommuneEntity } from './entities/CommuneEntity';
import { Communes1764300000001 } from './migrations/Communes1764300000001';
import { resolvers } from './resolvers';
import { communeIsEmpty, seedCommune } from './seed/seedCommune';

/** The commune subgraph: commune-level units, their shared catalogue and each commune desk's dossiers. */
export const communeSubgraph: SubgraphDefinition<CommuneContext> = {
  name: 'commune',
  entities: [CommuneEntity, ...ONE_STOP_ENTITIES],
  migrations: [Communes1764300000001, ...oneStopMigrations('COMMUNE')],
  resolvers: resolvers as any,
  createContext: createCommuneContext,
  isEmpty: communeIsEmpty,
  seed: (ds) => seedCommune(ds),
};
