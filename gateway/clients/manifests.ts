import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { repoFile } from '../../subgraphs/shared/paths';

/** One operation of a persisted-operation manifest: `id` is the sha256 (hex) of `body`. */
export interface TrustedOperation {
  id: string;
  name: string;
  body: string;
}

/** The dashboard's own operations (web/src/queries.ts), committed and trusted for everyone. */
export const DASHBOARD_MANIFEST_FILE = repoFile('web', 'persisted-operations.json');

export const operationId = (body: string): string => createHash('sha256').update(body).digest('hex');

function operationName(body: string): string {
  const document = parse(body);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (!operation) throw new RangeError('a manifest entry holds no operation');
  return operation.name?.value ?? '';
}

function checked(id: string, body: unknown): TrustedOperation {
  if (typeof body !== 'string' || !/^[0-9a-f]{64}$/.test(id))
    throw new RangeError('each operation needs a sha256 id (64 hex digits) and a body');
  if (operationId(body) !== id) throw new RangeError(`operation ${id} is not the sha256 of its body`);
  return { id, name: operationName(body), body };
}

/**
 * The operations of a manifest in Apollo's format (generate-persisted-query-manifest:
 * `{"format":"apollo-persisted-query-manifest","version":1,"operations":[{id,name,type,body}]}`)
 * or The Guild's (`{"<sha256>":"<body>"}`); every id must be the sha256 of its body.
 */
export function parseManifest(json: unknown): TrustedOperation[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new RangeError('a manifest is a JSON object');
  const apollo = json as { format?: unknown; version?: unknown; operations?: unknown };
  if (apollo.format !== undefined) {
    if (
      apollo.format !== 'apollo-persisted-query-manifest' ||
      apollo.version !== 1 ||
      !Array.isArray(apollo.operations)
    )
      throw new RangeError('an Apollo manifest has format "apollo-persisted-query-manifest", version 1 and operations');
    return apollo.operations.map((op: any) => checked(String(op?.id), op?.body));
  }
  return Object.entries(json).map(([id, body]) => checked(id, body));
}

/** The manifest as Apollo's tooling writes it, for a list of operation documents. */
export function apolloManifest(bodies: string[]): object {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: bodies.map((body) => {
      const document = parse(body);
      const op = document.definitions.find((d) => d.kind === 'OperationDefinition');
      return {
        id: operationId(body),
        name: operationName(body),
        type: op && 'operation' in op ? op.operation : 'query',
        body,
      };
    }),
  };
}

export function readDashboardManifest(): TrustedOperation[] {
  return parseManifest(JSON.parse(readFileSync(DASHBOARD_MANIFEST_FILE, 'utf8')));
}
