import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, Lexer, Source, TokenKind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode } from '../subgraphs/shared/errors';

/**
 * Operation limits, tuned on the headline query (depth 5, cost 351, 137 tokens, counted with
 * fragments flattened) so it and every query documented in README.md pass with room to spare
 * (a test sends each), while nesting, alias and directive bombs fail before any fetch.
 */
export const QUERY_LIMITS = { depth: 8, cost: 2000, aliases: 15, directives: 10, tokens: 1000 } as const;

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
    // with 500; tokenLimitPlugin below counts tokens and leaves syntax errors to the parser (400).
    maxTokens: { enabled: false },
    // "Did you mean ...?" would spell out a schema that production keeps introspection-free.
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
}

function tooComplex(what: string): GraphQLError {
  return new GraphQLError(`${TOO_COMPLEX}: ${what}`, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });
}

/** Refuses documents of more than `max` tokens before they are parsed (a parse is what a token bomb attacks). */
export function tokenLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          if (source === undefined) return;
          const lexer = new Lexer(new Source(source));
          let count = 0;
          try {
            while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) break;
          } catch {
            return; // a syntax error: the parser reports it as GRAPHQL_PARSE_FAILED
          }
          if (count > max) throw tooComplex('too long');
        },
      };
    },
  };
}

/** Arguments that size a page of results, wherever a subgraph declares them. */
const PAGE_ARGUMENTS = new Set(['first', 'last', 'limit', 'pageSize', 'take']);

function intValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/**
 * Throws BAD_USER_INPUT for any page-size argument outside 1..max, literal or variable. Checked
 * at the gateway so no subgraph is ever asked for a page larger than MAX_PAGE_SIZE.
 */
export function checkPageSizes(document: DocumentNode, variables: Record<string, unknown>, max: number): void {
  visit(document, {
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value)) return;
      const value = intValue(node.value, variables);
      if (value === undefined || value === null) return;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
        throw new GraphQLError(`${node.name.value} must be between 1 and ${max}`, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, argument: node.name.value, http: { status: 400 } },
        });
      }
    },
  });
}

export function pageSizePlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          checkPageSizes(document, request.variables ?? {}, max);
        },
      };
    },
  };
}
