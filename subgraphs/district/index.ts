import { main, runSubgraph } from '../shared/runSubgraph';
import { districtSubgraph } from './districtSubgraph';

main(() => runSubgraph(districtSubgraph));
