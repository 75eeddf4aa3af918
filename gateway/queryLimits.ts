import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, Lexer, Source, TokenKind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode } from '../subgraphs/shared/errors';
import type { Refusal } from '../subgraphs/shared/httpServer';

/**
 * Operation limits, tuned so the headline query (depth 5, cost 351, 137 tokens, fragments
 * flattened), a full 100-dossier page with a dozen fields (cost 7,221: the cost is multiplied by
 * `first`) and every query documented in README.md pass with room to spare (a test sends each),
 * while nesting, alias, directive and token bombs, and ten 100-row pages at once, fail before
 * any fetch.
 */
export const QUERY_LIMITS = { depth: 8, cost: 12_000, aliases: 15, directives: 10, tokens: 1000 } as const;

/** Every limit's message starts with this, so the gateway can give them one stable code. */
export const TOO_COMPLEX = 'Query too complex';

export function queryArmor(options: { production: boolean }) {
  const reject = (what: string) => ({ exposeLimits: false, errorMessage: `${TOO_COMPLEX}: ${what}` });
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth, flattenFragments: true, ...reject('nested too deeply') },
    costLimit: { maxCost: QUERY_LIMITS.cost, flattenFragments: true, ...reject('asks for too much at once') },
    maxAliases: { n: QUERY_LIMITS.aliases, ...reject('too many aliases') },
    maxDirectives: { n: QUERY_LIMITS.directives, ...reject('too many directives') },
    // Armor's Apollo token limit throws syntax errors from a plugin hook, which Apollo answers
    // with 500; tooManyTokens below counts them at the HTTP layer and leaves syntax errors to the parser.
    maxTokens: { enabled: false },
    // "Did you mean ...?" would spell out a schema that production keeps introspection-free.
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
}

/**
 * Counts the tokens of a request's query before anything parses it (a parse is what a token
 * bomb attacks); syntax errors are left to the parser, which reports GRAPHQL_PARSE_FAILED.
 */
export function tooManyTokens(body: unknown, max: number): Refusal | undefined {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string') return undefined;
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > max) return { status: 400, code: ErrorCode.QUERY_TOO_COMPLEX, message: `${TOO_COMPLEX}: too long` };
    }
  } catch {
    // a syntax error: the parser reports it
  }
  return undefined;
}

/** Arguments that size a page of results, wherever a subgraph declares them. */
const PAGE_ARGUMENTS = new Set(['first', 'last', 'limit', 'pageSize', 'take']);

function intValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/**
 * Throws BAD_USER_INPUT for any page-size argument outside 0..max, literal or variable. Checked
 * at the gateway so no subgraph is ever asked for a page larger than MAX_PAGE_SIZE.
 */
export function checkPageSizes(document: DocumentNode, variables: Record<string, unknown>, max: number): void {
  visit(document, {
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value)) return;
      const value = intValue(node.value, variables);
      if (value === undefined || value === null) return;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
        throw new GraphQLError(`${node.name.value} must be between 0 and ${max}`, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, argument: node.name.value, http: { status: 400 } },
        });
      }
    },
  });
}

const MAX_ERRORS = 20;

/** Checks Apollo leaves to the executor: the operation exists, page sizes are within the cap. */
export function requestChecksPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation }) {
          // The gateway's executor would fail an unknown operationName with a 500.
          if (!operation) {
            throw new GraphQLError('No operation matches the operationName', {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            });
          }
          checkPageSizes(document, request.variables ?? {}, max);
        },
        async willSendResponse({ response }) {
          // A directive or fragment bomb also breaks a standard rule at every repetition: answer
          // with the limit alone, and never more than a screenful of errors, so the response does
          // not grow with the attack.
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const errors = response.body.singleResult.errors;
          const limit = errors.find((e) => e.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX);
          response.body.singleResult.errors = limit ? [limit] : errors.slice(0, MAX_ERRORS);
        },
      };
    },
  };
}
