import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLList,
  GraphQLObjectType,
  GraphQLScalarType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ErrorCode } from '../../subgraphs/shared/errors';
import {
  DIMENSION_ESTIMATES,
  estimateBreakdownRows,
  tooManyRowsError,
  windowBoundsProblem,
  type StatisticsBounds,
} from '../../subgraphs/shared/statisticsBounds';

/**
 * The statistics' bounds, checked on the operation before any subgraph is asked: every field
 * whose `from` and `to` are `Date`s names a window, which must lie inside the days a window may
 * name and be no longer than the longest one (BAD_USER_INPUT); and the rows the operation's
 * reports and breakdowns may answer, estimated as periods x dimensions x units, must stay under
 * the row bound (QUERY_TOO_COMPLEX). Literals, variables and defaults are read alike.
 */

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  bounds: StatisticsBounds;
  rows: number;
}

interface Window {
  from: string;
  to: string;
}

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument, http: { status: 400 } } });
}

function tooComplex(message: string): GraphQLError {
  const error = tooManyRowsError(message);
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
}

/** A field's window, checked, when it has Date arguments `from` and `to`. */
function windowOf(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  walk: Walk,
): Window | undefined {
  const isDate = (name: string) => {
    const type = field.args.find((a) => a.name === name)?.type;
    return type !== undefined && getNamedType(type) instanceof GraphQLScalarType && getNamedType(type).name === 'Date';
  };
  if (!isDate('from') || !isDate('to') || typeof args.from !== 'string' || typeof args.to !== 'string')
    return undefined;
  const problem = windowBoundsProblem(args.from, args.to, walk.bounds);
  if (problem) throw badInput(problem.message, problem.argument);
  return { from: args.from, to: args.to };
}

/** How many items a list field is assumed to hold: every district, or a district's desks. */
function listSize(fieldName: string, walk: Walk): number {
  return fieldName === 'districts' ? walk.bounds.districtsEstimate : DIMENSION_ESTIMATES.UNIT;
}

/** Rows a field answers itself (1 for a report or a by-commune line, the estimate for a breakdown). */
function rowsOf(typeName: string, args: Record<string, unknown>, window: Window | undefined): number {
  if (typeName === 'Report' || typeName === 'CommuneReport') return 1;
  if (typeName !== 'Breakdown' || !window) return 0;
  const by = Array.isArray(args.by) ? (args.by as string[]) : [];
  return estimateBreakdownRows(window.from, window.to, by, args.filter as Record<string, unknown> | null | undefined);
}

function visitSelections(
  selectionSet: SelectionSetNode,
  parent: GraphQLObjectType,
  times: number,
  window: Window | undefined,
  walk: Walk,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (type instanceof GraphQLObjectType) visitSelections(fragment.selectionSet, type, times, window, walk);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type instanceof GraphQLObjectType) visitSelections(selection.selectionSet, type, times, window, walk);
      continue;
    }
    const field = parent.getFields()[selection.name.value];
    if (!field) continue;
    const args = getArgumentValues(field, selection, walk.variables);
    const within = windowOf(field, args, walk) ?? window;
    const type = getNamedType(field.type);
    const count = times * (getNullableType(field.type) instanceof GraphQLList ? listSize(field.name, walk) : 1);
    const rows = count * rowsOf(type.name, args, within);
    if (type.name === 'Breakdown' && rows > walk.bounds.maxRows) {
      throw tooComplex(`breakdown would answer up to ${rows} rows, the limit is ${walk.bounds.maxRows}`);
    }
    walk.rows += rows;
    if (selection.selectionSet && type instanceof GraphQLObjectType)
      visitSelections(selection.selectionSet, type, count, within, walk);
  }
}

/** Throws BAD_USER_INPUT for a window out of bounds, QUERY_TOO_COMPLEX for too many rows. */
export function checkStatisticsBounds(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
  bounds: StatisticsBounds,
): void {
  const root = schema.getRootType(operation.operation);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  // Variables that do not coerce are reported by the executor, in its own words.
  if (!root || coerced.errors) return;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const walk: Walk = { schema, fragments, variables: coerced.coerced, bounds, rows: 0 };
  visitSelections(operation.selectionSet, root, 1, undefined, walk);
  if (walk.rows > bounds.maxRows) {
    throw tooComplex(
      `the statistics in this request would answer up to ${walk.rows} rows, the limit is ${bounds.maxRows}`,
    );
  }
}

export function statisticsCostPlugin(bounds: StatisticsBounds): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkStatisticsBounds(schema, document, operation, request.variables ?? {}, bounds);
        },
      };
    },
  };
}
