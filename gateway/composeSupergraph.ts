import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { servicePort, SUBGRAPH_NAMES } from '../subgraphs/shared/config';
import { readSchema, repoFile } from '../subgraphs/shared/paths';

export const SUPERGRAPH_FILE = repoFile('schema', 'supergraph.graphql');

/**
 * Composes the three subgraph SDLs into the supergraph the gateway serves. The URLs written
 * into it are the default local ones; the gateway replaces them from DISTRICT_URL etc.
 */
export function composeSupergraph(): string {
  return composition().supergraphSdl;
}

/** The API schema clients see: the supergraph without its federation machinery, printed. */
export function composeApiSchema(): string {
  return printSchema(composition().schema.toAPISchema().toGraphQLJSSchema());
}

function composition() {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      typeDefs: parse(readSchema(name)),
      url: `http://localhost:${servicePort(name, {})}/graphql`,
    })),
  );
  if (result.errors) {
    throw new Error('Composition failed:\n' + result.errors.map((e) => `- ${e.message}`).join('\n'));
  }
  return result;
}
