import { readFileSync } from 'node:fs';
import { diff, CriticalityLevel, type Change } from '@graphql-inspector/core';
import { buildSchema, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { repoFile } from '../../subgraphs/shared/paths';

/**
 * The public contract: the API schema clients see (the supergraph without its federation
 * machinery), committed as schema/public-api.graphql. `npm run compose` rewrites it, and refuses
 * to when the new schema breaks it (a field removed, a type narrowed...) without the broken part
 * having been deprecated in the committed contract first; a test checks the same, so an SDL
 * edited by hand cannot skip the rule. Used by the compose command and the tests, never at run time.
 */
export const PUBLIC_API_FILE = repoFile('schema', 'public-api.graphql');

/** Breaking changes from `before` to `after`, less those that remove what `before` had deprecated. */
export async function unannouncedBreakingChanges(before: string, after: string): Promise<Change[]> {
  const old = buildSchema(before);
  const changes = await diff(old, buildSchema(after));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking && !wasDeprecated(old, c.path));
}

/** Whether `path` (Type.field or Type.field.argument, or an enum value) was deprecated in `schema`. */
function wasDeprecated(schema: GraphQLSchema, path: string | undefined): boolean {
  if (!path) return false;
  const [typeName, fieldName] = path.split('.');
  const type = schema.getType(typeName);
  if (!type || !fieldName) return false;
  if (isObjectType(type) || isInterfaceType(type)) return Boolean(type.getFields()[fieldName]?.deprecationReason);
  if ('getValue' in type && typeof type.getValue === 'function')
    return Boolean(type.getValue(fieldName)?.deprecationReason);
  return false;
}

/** The committed contract. */
export function committedContract(): string {
  return readFileSync(PUBLIC_API_FILE, 'utf8');
}

/** Deprecated fields and enum values of a contract, as `Type.member: reason` (README lists them). */
export function deprecations(sdl: string): string[] {
  const schema = buildSchema(sdl);
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) found.push(`${type.name}.${field.name}: ${field.deprecationReason}`);
      }
    }
  }
  return found;
}
