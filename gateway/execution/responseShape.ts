import {
  baseType,
  isAbstractType,
  isEnumType,
  Variable,
  type NamedType,
  type SelectionSet,
} from '@apollo/federation-internals';
import { Kind, type DirectiveNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The keys an answer has, in order, at every level: a response name maps to the shape of its
 * object (or of each object of its list), or null for a leaf. Two operations with the same
 * shape over object types only answer the same JSON text for the same data.
 */
export type Shape = Map<string, Shape | null>;

/** Why a selection cannot be passed through; thrown inside the walks, caught by their callers. */
class NotPlain extends Error {}

/** The shape a walk writes, or undefined when the walk met something not plain. */
function plainShape(walk: (out: Shape) => void): Shape | undefined {
  const out: Shape = new Map();
  try {
    walk(out);
    return out;
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

/** @skip/@include with a literal `if`: whether the selection is kept. Anything else is not plain. */
function keptByLiterals(directives: ReadonlyArray<{ name: string; value: unknown }>): boolean {
  let kept = true;
  for (const { name, value } of directives) {
    if ((name !== 'skip' && name !== 'include') || typeof value !== 'boolean') throw new NotPlain(name);
    if (name === 'skip' ? value : !value) kept = false;
  }
  return kept;
}

function childOf(out: Shape, name: string): Shape {
  const existing = out.get(name);
  if (existing) return existing;
  const child: Shape = new Map();
  out.set(name, child);
  return child;
}

/**
 * The shape @apollo/gateway's result shaping (resultShaping.ts, computeResponse) writes for an
 * operation, walked the way it walks it: its normalised selections, in their order, a repeated
 * response name keeping its first place. Not plain (undefined): an abstract type (its answer
 * depends on each object's __typename), an introspection field, an enum whose values the API
 * hides (the gateway nulls those), a directive other than a literal @skip/@include.
 */
export function gatewayShape(
  selectionSet: SelectionSet,
  hiddenEnumValues: (enumName: string) => boolean,
): Shape | undefined {
  return plainShape((out) => walkGateway(selectionSet, out, hiddenEnumValues));
}

function literalDirectives(element: { appliedDirectives: ReadonlyArray<{ name: string; arguments(): any }> }) {
  return element.appliedDirectives.map((d) => {
    const value = d.arguments().if;
    return { name: d.name, value: value instanceof Variable ? undefined : value };
  });
}

function walkGateway(selectionSet: SelectionSet, out: Shape, hiddenEnumValues: (name: string) => boolean): void {
  for (const selection of selectionSet.selections()) {
    if (!keptByLiterals(literalDirectives(selection.element))) continue;
    if (selection.kind === 'FragmentSelection') {
      const condition = selection.element.typeCondition;
      if (condition && condition.name !== selection.element.parentType.name) throw new NotPlain('type condition');
      walkGateway(selection.selectionSet, out, hiddenEnumValues);
      continue;
    }
    const field = selection.element;
    const name = field.responseName();
    if (field.name === '__typename') {
      if (!out.has(name)) out.set(name, null);
      continue;
    }
    if (field.definition.isSchemaIntrospectionField()) throw new NotPlain('introspection');
    const type: NamedType = baseType(field.definition.type!);
    if (isAbstractType(type) || (isEnumType(type) && hiddenEnumValues(type.name))) throw new NotPlain(type.name);
    if (selection.selectionSet) walkGateway(selection.selectionSet, childOf(out, name), hiddenEnumValues);
    else if (!out.has(name)) out.set(name, null);
  }
}

/**
 * The shape a GraphQL server (graphql-js's field collection) writes for a fetch the query
 * planner wrote: fields in the order first met, fragments spread in place, a repeated response
 * name merged into its first place. Undefined when a directive is not a literal @skip/@include.
 */
export function subgraphShape(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
): Shape | undefined {
  return plainShape((out) => walkSubgraph(selectionSet, fragments, out));
}

function astDirectives(directives: readonly DirectiveNode[] | undefined) {
  return (directives ?? []).map((d) => {
    const argument = d.arguments?.find((a) => a.name.value === 'if')?.value;
    return { name: d.name.value, value: argument?.kind === Kind.BOOLEAN ? argument.value : undefined };
  });
}

function walkSubgraph(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  out: Shape,
): void {
  for (const selection of selectionSet.selections) {
    if (!keptByLiterals(astDirectives(selection.directives))) continue;
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments[selection.name.value];
      if (!fragment) throw new NotPlain('unknown fragment');
      walkSubgraph(fragment.selectionSet, fragments, out);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walkSubgraph(selection.selectionSet, fragments, out);
    } else {
      const name = selection.alias?.value ?? selection.name.value;
      if (selection.selectionSet) walkSubgraph(selection.selectionSet, fragments, childOf(out, name));
      else if (!out.has(name)) out.set(name, null);
    }
  }
}

export function sameShape(a: Shape, b: Shape): boolean {
  if (a.size !== b.size) return false;
  const right = [...b];
  let i = 0;
  for (const [name, child] of a) {
    const [otherName, otherChild] = right[i++];
    if (name !== otherName) return false;
    if (child === null || otherChild === null ? child !== otherChild : !sameShape(child, otherChild)) return false;
  }
  return true;
}
