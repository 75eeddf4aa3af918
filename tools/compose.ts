import { existsSync, writeFileSync } from 'node:fs';
import { composeApiSchema, composeSupergraph, SUPERGRAPH_FILE } from '../gateway/composeSupergraph';
import { committedContract, PUBLIC_API_FILE, unannouncedBreakingChanges } from '../gateway/contract/publicContract';

/**
 * `npm run compose`: writes schema/supergraph.graphql and the public contract
 * schema/public-api.graphql (both committed; tests check they are current). Refuses to write
 * either when the new API breaks the committed contract without a deprecation first.
 */
async function compose(): Promise<void> {
  const supergraph = composeSupergraph();
  const api = composeApiSchema();
  if (existsSync(PUBLIC_API_FILE)) {
    const breaking = await unannouncedBreakingChanges(committedContract(), api);
    if (breaking.length) {
      throw new Error(
        'The new schema breaks the public contract (schema/public-api.graphql) without a deprecation first:\n' +
          breaking.map((c) => `- ${c.message}`).join('\n') +
          '\nDeprecate first (@deprecated(reason: ...)), release, then remove.',
      );
    }
  }
  writeFileSync(SUPERGRAPH_FILE, supergraph);
  writeFileSync(PUBLIC_API_FILE, api);
  console.log('wrote schema/supergraph.graphql and schema/public-api.graphql');
}

compose().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
