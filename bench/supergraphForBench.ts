import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '../gateway/composeSupergraph';

/**
 * The committed supergraph with each subgraph's URL replaced by the one the bench started
 * (DISTRICT_URL, COMMUNE_URL, REFORM_URL): every gateway in the bench serves this same text.
 */
export function supergraphForBench(env: NodeJS.ProcessEnv = process.env): string {
  let supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
  for (const [name, port] of [
    ['district', 4001],
    ['commune', 4002],
    ['reform', 4003],
  ] as const) {
    const url = env[`${name.toUpperCase()}_URL`];
    if (url) supergraph = supergraph.replace(`http://localhost:${port}/graphql`, url);
  }
  return supergraph;
}
