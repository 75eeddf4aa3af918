import type { IncomingMessage } from 'node:http';
import type { Refusal } from '../../subgraphs/shared/httpServer';
import { operationId, type TrustedOperation } from './manifests';

export interface TrustedCatalogue {
  /** Every registered operation by id (any manifest), to run an operation sent by id only. */
  byId: Map<string, TrustedOperation>;
  /** Operation ids by manifest name. */
  manifests: Map<string, Set<string>>;
}

export function catalogue(manifests: Map<string, TrustedOperation[]>): TrustedCatalogue {
  const byId = new Map<string, TrustedOperation>();
  const names = new Map<string, Set<string>>();
  for (const [name, ops] of manifests) {
    for (const op of ops) byId.set(op.id, op);
    names.set(name, new Set(ops.map((op) => op.id)));
  }
  return { byId, manifests: names };
}

/** The id a request names: `documentId`, or an automatic persisted query's sha256Hash. */
function requestedId(request: any): string | undefined {
  if (typeof request?.documentId === 'string') return request.documentId.replace(/^sha256:/, '');
  const hash = request?.extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * A request naming a registered operation by id only gets its document filled in (a POST's body,
 * a GET's query string), so Apollo runs it without an APQ round trip.
 */
function fillIn(req: IncomingMessage, op: TrustedOperation): void {
  if (req.method === 'GET') {
    const [path, search = ''] = (req.url ?? '').split('?');
    const params = new URLSearchParams(search);
    params.delete('documentId');
    params.set('query', op.body);
    req.url = `${path}?${params}`;
    return;
  }
  const body = (req as any).body;
  if (body && typeof body === 'object') {
    delete body.documentId;
    body.query = op.body;
  }
}

/**
 * Trusted operations: with `allowed` (the manifests an anonymous or bound caller may run), the
 * request must name one of their operations by id, or send a document whose sha256 is one.
 */
export function checkTrusted(
  req: IncomingMessage,
  request: any,
  trusted: TrustedCatalogue,
  allowed: string[] | undefined,
): { refusal?: Refusal; operation?: TrustedOperation } {
  const id = requestedId(request);
  const query = typeof request?.query === 'string' ? request.query : undefined;
  const known =
    (query !== undefined ? trusted.byId.get(operationId(query)) : undefined) ?? (id ? trusted.byId.get(id) : undefined);
  if (known && query === undefined) fillIn(req, known);
  if (!allowed) return { operation: known };
  if (!known && query !== undefined && id === undefined)
    return {
      refusal: {
        status: 400,
        code: 'PERSISTED_QUERY_REQUIRED',
        message:
          'Only trusted operations may run: send a registered operation by its id (extensions.persistedQuery.sha256Hash or documentId)',
      },
    };
  if (!known || !allowed.some((name) => trusted.manifests.get(name)?.has(known.id)))
    return {
      refusal: {
        status: 403,
        code: 'OPERATION_NOT_TRUSTED',
        message: 'This operation is not among the trusted operations of this client',
      },
      operation: known,
    };
  return { operation: known };
}
