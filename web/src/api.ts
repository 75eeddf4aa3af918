/**
 * The gateway's public GraphQL endpoint, asked exactly as any outside client asks it: POST
 * /graphql, anonymous or with the bearer token the person pasted (kept for this tab only).
 */
const TOKEN_KEY = 'onestop.token';

export function savedToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function saveToken(token: string): void {
  if (token.trim()) sessionStorage.setItem(TOKEN_KEY, token.trim());
  else sessionStorage.removeItem(TOKEN_KEY);
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = savedToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLError[] };
  if (body.errors?.length || !body.data) {
    const errors = body.errors ?? [{ message: `HTTP ${response.status}` }];
    throw new ApiError(
      errors.map((e) => e.message).join('; '),
      errors.map((e) => e.extensions?.code ?? ''),
    );
  }
  return body.data;
}

/** Where the explorer opens with this query and these variables filled in. */
export function explorerLink(query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: query.trim(), variables: JSON.stringify(variables, null, 2) });
  return `/explorer?${params}`;
}
