import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type InlineFragmentNode,
  type FragmentSpreadNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** One field an operation selects, with its arguments as the resolver would receive them. */
export interface ReachedField {
  parentType: GraphQLCompositeType;
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  /** A field of the operation's root type (Query, Mutation). */
  isRoot: boolean;
}

/**
 * Every schema field an operation selects, through fragments, minus what @skip/@include leave
 * out; meta fields (`__typename`, introspection) are not listed, as Apollo's plugins never see
 * them either. Each field is listed once per place it is selected, whatever the answer holds:
 * unlike execution, it does not stop at a null or empty parent.
 * Undefined when its variables or an argument do not resolve against the schema
 * (execution then answers with an error).
 */
export function operationFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): ReachedField[] | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const root = schema.getRootType(operation.operation);
  if (coerced.errors || !root) return undefined;
  const walk = new FieldWalk(schema, document, coerced.coerced);
  return walk.selections(root, operation.selectionSet, true, new Set()) ? walk.reached : undefined;
}

class FieldWalk {
  readonly reached: ReachedField[] = [];
  private readonly fragments = new Map<string, FragmentDefinitionNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
  ) {
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(d.name.value, d);
  }

  /** False when something does not resolve against the schema. */
  selections(type: GraphQLCompositeType, set: SelectionSetNode, isRoot: boolean, spread: Set<string>): boolean {
    for (const selection of set.selections) {
      if (!included(selection, this.variables)) continue;
      const ok =
        selection.kind === Kind.FIELD
          ? this.field(type, selection, isRoot, spread)
          : this.fragment(type, selection, isRoot, spread);
      if (!ok) return false;
    }
    return true;
  }

  private field(type: GraphQLCompositeType, node: FieldNode, isRoot: boolean, spread: Set<string>): boolean {
    if (node.name.value.startsWith('__')) return true;
    const field = 'getFields' in type ? type.getFields()[node.name.value] : undefined;
    const args = field && argumentsOf(field, node, this.variables);
    if (!field || !args) return false;
    this.reached.push({ parentType: type, field, args, isRoot });
    const named = getNamedType(field.type);
    return !node.selectionSet || !isCompositeType(named) || this.selections(named, node.selectionSet, false, spread);
  }

  private fragment(
    type: GraphQLCompositeType,
    node: FragmentSpreadNode | InlineFragmentNode,
    isRoot: boolean,
    spread: Set<string>,
  ): boolean {
    let fragment: FragmentDefinitionNode | InlineFragmentNode | undefined;
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      // A fragment spread twice on one path adds nothing new; validation has ruled out cycles.
      if (spread.has(node.name.value)) return true;
      fragment = this.fragments.get(node.name.value);
      spread = new Set(spread).add(node.name.value);
    } else fragment = node;
    if (!fragment) return false;
    const on = fragment.typeCondition ? typeFromAST(this.schema, fragment.typeCondition) : type;
    return !!on && isCompositeType(on) && this.selections(on, fragment.selectionSet, isRoot, spread);
  }
}

function included(
  node: FieldNode | FragmentSpreadNode | InlineFragmentNode,
  variables: Record<string, unknown>,
): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> | undefined {
  if (!field.args.length) return {};
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return undefined;
  }
}
