import { ONE_STOP_ENTITIES, oneStopMigrations } from '../shared/onestop/oneStopDesk';
import type { SubgraphDefinition } from '../shared/subgraphApp';
import { createDistrictContext, type DistrictContext } from './context';
import { DistrictEntity } from './entities/DistrictEntity';
import { Districts1764300000001 } from './migrations/Districts1764300000001';
import { resolvers } from './resolvers';
import { districtIsEmpty, seedDistrict } from './seed/seedDistrict';

/** The district subgraph: districts, the district-level catalogue and the district desk's dossiers. */
export const districtSubgraph: SubgraphDefinition<DistrictContext> = {
  name: 'district',
  entities: [DistrictEntity, ...ONE_STOP_ENTITIES],
  migrations: [Districts1764300000001, ...oneStopMigrations('DISTRICT')],
  resolvers: resolvers as any,
  createContext: createDistrictContext,
  isEmpty: districtIsEmpty,
  seed: (ds) => seedDistrict(ds),
};
