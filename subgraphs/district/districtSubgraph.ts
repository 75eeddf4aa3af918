import { createDeskSubgraph } from '../desk/createDeskSubgraph';
import type { DistrictContext } from './context';
import { DistrictEntity } from './entities/DistrictEntity';
import { createDistrictLoaders } from './loaders';
import { Districts1764300000001 } from './migrations/Districts1764300000001';
import { resolvers } from './resolvers';
import { districtIsEmpty, seedDistrict } from './seed/seedDistrict';

/** The district subgraph: districts, the district-level catalogue and the district desk's dossiers. */
export const districtSubgraph = createDeskSubgraph({
  name: 'district',
  level: 'DISTRICT',
  unitEntity: DistrictEntity,
  unitMigrations: [Districts1764300000001],
  createLoaders: createDistrictLoaders,
  resolvers,
  publicTypes: ['District', 'DistrictProcedure'],
  isEmpty: districtIsEmpty,
  seed: (ds) => seedDistrict(ds),
}) satisfies { createContext: (...args: any[]) => DistrictContext };
