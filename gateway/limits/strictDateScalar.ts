import { GraphQLScalarType, type GraphQLSchema, type ValueNode } from 'graphql';
import { DateResolver } from 'graphql-scalars';

/**
 * A supergraph's custom scalars reach the gateway without their parsing, so `2021-02-30`
 * would travel to a subgraph and fail there. This gives the gateway's `Date` the same strict
 * check as the subgraphs', before any fetch, while passing the client's string on unchanged.
 */
export function enforceDateScalar(schema: GraphQLSchema): void {
  const type = schema.getType('Date');
  if (!(type instanceof GraphQLScalarType)) return;
  type.parseValue = (value: unknown) => {
    DateResolver.parseValue(value);
    return value;
  };
  type.parseLiteral = (ast: ValueNode, variables?: { [key: string]: unknown } | null) => {
    DateResolver.parseLiteral(ast, variables);
    return (ast as { value?: unknown }).value;
  };
}
