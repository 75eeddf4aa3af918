import type { DeskContext } from '../desk/createDeskSubgraph';
import type { DistrictLoaders } from './loaders';

/** Per-request state: fresh loaders over the shared data source, so nothing is cached across requests. */
export type DistrictContext = DeskContext<DistrictLoaders>;
