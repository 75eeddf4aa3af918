import type { DeskContext } from '../desk/createDeskSubgraph';
import type { CommuneLoaders } from './loaders';

/** Per-request state: fresh loaders over the shared data source, so nothing is cached across requests. */
export type CommuneContext = DeskContext<CommuneLoaders>;
