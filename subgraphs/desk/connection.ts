import { BadUserInputError } from '../shared/errors';

/** Relay-style pages: stable order by a unique string key, opaque cursors, capped page size. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  size: number;
  /** The sort key of the last row already seen, or null for the first page. */
  afterKey: string | null;
}

export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:') || encodeCursor(text.slice(2)) !== cursor) {
    throw new BadUserInputError('after is not a cursor this list gave out', 'after');
  }
  return text.slice(2);
}

export function readPage(args: PageArgs): Page {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`, 'first');
  }
  return { size, afterKey: args.after ? decodeCursor(args.after) : null };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** `rows` is what the query returned with LIMIT size + 1: the extra row only says there is more. */
export function toConnection<T>(rows: T[], page: Page, keyOf: (row: T) => string, totalCount: number): Connection<T> {
  const edges = rows.slice(0, page.size).map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: page.afterKey !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped by '!' (same on SQLite and MySQL). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
