import { main, runSubgraph } from '../shared/runSubgraph';
import { communeSubgraph } from './communeSubgraph';

main(() => runSubgraph(communeSubgraph));
