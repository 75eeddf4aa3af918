import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../gateway/composeSupergraph';

/** `npm run compose`: writes schema/supergraph.graphql (committed; a test checks it is current). */
try {
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  console.log('wrote schema/supergraph.graphql');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
