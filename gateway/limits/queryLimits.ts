import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  validate,
  valueFromASTUntyped,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../../subgraphs/shared/errors';
import type { Refusal } from '../../subgraphs/shared/httpServer';

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

const COST_LIMIT = {
  maxCost: QUERY_LIMITS.cost,
  flattenFragments: true,
  exposeLimits: false,
  errorMessage: `${TOO_COMPLEX}: asks for too much at once`,
};

export function queryArmor(options: { production: boolean }) {
  const reject = (what: string) => ({ exposeLimits: false, errorMessage: `${TOO_COMPLEX}: ${what}` });
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth, flattenFragments: true, ...reject('nested too deeply') },
    costLimit: { ...COST_LIMIT },
    maxAliases: { n: QUERY_LIMITS.aliases, ...reject('too many aliases') },
    maxDirectives: { n: QUERY_LIMITS.directives, ...reject('too many directives') },
    // Armor's Apollo token limit throws syntax errors from a plugin hook, which Apollo answers
    // with 500; documentTooLarge below counts them at the HTTP layer and leaves syntax errors to the parser.
    maxTokens: { enabled: false },
    // "Did you mean ...?" would spell out a schema that production keeps introspection-free.
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
}

/** Armor's cost rule alone, for documents whose variables have been written in (variableCost). */
function costRules() {
  const off = { enabled: false };
  return new ApolloArmor({
    costLimit: { ...COST_LIMIT },
    maxDepth: off,
    maxAliases: off,
    maxDirectives: off,
    maxTokens: off,
    blockFieldSuggestion: off,
  }).protect().validationRules;
}

const tooComplex = (bound: string): Refusal => ({
  status: 400,
  code: ErrorCode.QUERY_TOO_COMPLEX,
  message: `${TOO_COMPLEX}: ${bound}`,
});

/**
 * Bounds a request's document before anything parses it (a parse is what a token bomb
 * attacks): its length in characters (one huge string literal is one token, and a persisted
 * query is kept as it came) and its tokens. `request` is what Apollo will read, from a POST's
 * body or a GET's query string alike; an APQ registration carries its document, so it is
 * checked here before it is stored, and a hash alone names a document that was. Syntax errors
 * are left to the parser, which reports GRAPHQL_PARSE_FAILED. The message names the bound but,
 * like every limit's, not its number (README.md documents them).
 */
export function documentTooLarge(request: unknown, limits: { tokens: number; length: number }): Refusal | undefined {
  const query = (request as { query?: unknown } | null)?.query;
  if (typeof query !== 'string') return undefined;
  if (query.length > limits.length) return tooComplex('the document has too many characters');
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > limits.tokens) return tooComplex('the document has too many tokens');
    }
  } catch {
    // a syntax error: the parser reports it
  }
  return undefined;
}

/** Arguments that size a page of results, wherever a subgraph declares them. */
const PAGE_ARGUMENTS = new Set(['first', 'last', 'limit', 'pageSize', 'take']);

/** The operation's variables as it will run: those given, else their defaults in the document. */
export function effectiveVariables(
  operation: OperationDefinitionNode,
  given: Record<string, unknown> = {},
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (Object.prototype.hasOwnProperty.call(given, name)) values[name] = given[name];
    else if (definition.defaultValue) values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return values;
}

function checkPageSize(name: string, value: unknown, max: number): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new GraphQLError(`${name} must be between 0 and ${max}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, argument: name, http: { status: 400 } },
    });
  }
}

/** Page sizes hidden in an input object or a list of them (a page argument's own value is checked as it is). */
function checkNestedPageSizes(value: unknown, max: number): void {
  if (Array.isArray(value)) for (const item of value) checkNestedPageSizes(item, max);
  else if (value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (PAGE_ARGUMENTS.has(key)) checkPageSize(key, field, max);
      checkNestedPageSizes(field, max);
    }
  }
}

/**
 * Throws BAD_USER_INPUT for any page size outside 0..max: a literal, a variable, a variable's
 * default (pass effectiveVariables), or a field of an input object. Checked at the gateway so
 * no subgraph is ever asked for a page larger than MAX_PAGE_SIZE.
 */
export function checkPageSizes(document: DocumentNode, variables: Record<string, unknown>, max: number): void {
  for (const node of argumentsOf(document).sized) {
    const value = valueFromASTUntyped(node.value, variables);
    if (PAGE_ARGUMENTS.has(node.name.value)) checkPageSize(node.name.value, value, max);
    checkNestedPageSizes(value, max);
  }
}

interface DocumentArguments {
  /** Arguments that may size a page: named so, or holding a variable, an object or a list. */
  sized: ArgumentNode[];
  /** Whether the cost rule reads a variable: `first` or `last` given as one. */
  costReadsVariables: boolean;
}

/** What the checks below read of a document, found once per parsed document (Apollo reuses it). */
const documentArguments = new WeakMap<DocumentNode, DocumentArguments>();

function argumentsOf(document: DocumentNode): DocumentArguments {
  let found = documentArguments.get(document);
  if (found) return found;
  found = { sized: [], costReadsVariables: false };
  const scan = found;
  visit(document, {
    Argument(node) {
      const name = node.name.value;
      const kind = node.value.kind;
      if (PAGE_ARGUMENTS.has(name) || kind === Kind.VARIABLE || kind === Kind.OBJECT || kind === Kind.LIST)
        scan.sized.push(node);
      if ((name === 'first' || name === 'last') && kind === Kind.VARIABLE) scan.costReadsVariables = true;
    },
  });
  documentArguments.set(document, found);
  return found;
}

/** A JSON value as a GraphQL literal. */
function literal(value: unknown): ValueNode {
  if (value === null || value === undefined) return { kind: Kind.NULL };
  if (typeof value === 'number')
    return Number.isInteger(value)
      ? { kind: Kind.INT, value: String(value) }
      : { kind: Kind.FLOAT, value: String(value) };
  if (typeof value === 'boolean') return { kind: Kind.BOOLEAN, value };
  if (typeof value === 'string') return { kind: Kind.STRING, value };
  if (Array.isArray(value)) return { kind: Kind.LIST, values: value.map(literal) };
  const fields = Object.entries(value as Record<string, unknown>).map(([name, field]) => ({
    kind: Kind.OBJECT_FIELD as const,
    name: { kind: Kind.NAME as const, value: name },
    value: literal(field),
  }));
  return { kind: Kind.OBJECT, fields };
}

/**
 * Armor's cost model multiplies a page's cost by `first` only when it is written literally:
 * the same cost limit is applied again with every variable written in (given or defaulted), so
 * `first: $n` costs what `first: 100` does. Throws QUERY_TOO_COMPLEX.
 */
export function checkVariableCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): void {
  const inlined = visit(document, {
    VariableDefinition: () => null,
    Variable: (node) => literal(variables[node.name.value]),
  });
  const errors = validate(schema, inlined, variableCostRules);
  if (errors.length) {
    throw new GraphQLError(`${TOO_COMPLEX}: asks for too much at once`, {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
    });
  }
}

const variableCostRules = costRules();

const MAX_ERRORS = 20;

/** Checks Apollo leaves to the executor: the operation exists, page sizes are within the cap. */
export function requestChecksPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation, schema }) {
          // The gateway's executor would fail an unknown operationName with a 500.
          if (!operation) {
            throw new GraphQLError('No operation matches the operationName', {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            });
          }
          const variables = effectiveVariables(operation, request.variables);
          checkPageSizes(document, variables, max);
          // The cost rule reads only literal `first`/`last`, checked with the document (validation):
          // written in, other variables cost the same.
          if (operation.variableDefinitions?.length && argumentsOf(document).costReadsVariables)
            checkVariableCost(schema, document, variables);
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
