import { main, runSubgraph } from '../shared/runSubgraph';
import { reformSubgraph } from './reformSubgraph';

main(() => runSubgraph(reformSubgraph));
