import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClientTokens } from './clientTokens';
import type { ClientRecord, ClientRegistry } from './registry';

type OAuthError =
  | 'invalid_request'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'unsupported_token_type';

const MAX_BODY = 8 * 1024;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    pragma: 'no-cache',
    ...headers,
  });
  res.end(text);
}

/** RFC 6749 §5.2: 400 with the error code; 401 and WWW-Authenticate for a client that failed to authenticate. */
export function oauthError(res: ServerResponse, error: OAuthError, description: string): void {
  const unauthorized = error === 'invalid_client';
  sendJson(
    res,
    unauthorized ? 401 : 400,
    { error, error_description: description },
    unauthorized ? { 'www-authenticate': 'Basic realm="onestop", charset="UTF-8"' } : {},
  );
}

export function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Client credentials from HTTP Basic (RFC 6749 §2.3.1: each part form-urlencoded) or the body, never both. */
type Credentials = { id?: string; secret?: string; both?: boolean };

function credentials(req: IncomingMessage, form: URLSearchParams): Credentials {
  const header = req.headers.authorization;
  const inBody = form.has('client_id') || form.has('client_secret');
  if (!header) return { id: form.get('client_id') ?? undefined, secret: form.get('client_secret') ?? undefined };
  const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header);
  if (!match) return { both: inBody };
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { both: inBody };
  try {
    const id = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
    const secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
    return { id, secret, both: inBody };
  } catch {
    return { both: inBody };
  }
}

/** A token or revocation request's form and the client credentials it gives, or undefined once the error is sent. */
export async function parsedForm(
  req: IncomingMessage,
  res: ServerResponse,
): Promise<{ form: URLSearchParams; given: Credentials } | undefined> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return void sendJson(res, 405, { error: 'invalid_request', error_description: 'The token endpoint takes POST' });
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded')
    return void oauthError(res, 'invalid_request', 'The body must be application/x-www-form-urlencoded');
  const body = await readBody(req);
  if (body === undefined) return void oauthError(res, 'invalid_request', 'The body is too large');
  const form = new URLSearchParams(body);
  const repeated = [...new Set(form.keys())].find((key) => form.getAll(key).length > 1);
  if (repeated) return void oauthError(res, 'invalid_request', `The parameter ${repeated} is repeated`);
  const given = credentials(req, form);
  if (given.both)
    return void oauthError(res, 'invalid_request', 'Authenticate with HTTP Basic or with body parameters, not both');
  return { form, given };
}

/**
 * The client a token or revocation request authenticates as (RFC 6749 §2.3.1), or undefined once
 * the error is sent (invalid_client).
 */
export async function authenticatedClient(
  res: ServerResponse,
  { id, secret }: Credentials,
  registry: ClientRegistry,
): Promise<ClientRecord | undefined> {
  if (!id || !secret) return void oauthError(res, 'invalid_client', 'Client authentication is missing');
  const client = id.length <= 40 && secret.length <= 200 ? await registry.authenticate(id, secret) : undefined;
  if (!client) return void oauthError(res, 'invalid_client', 'Client authentication failed');
  return client;
}

/**
 * POST /oauth/token, the client-credentials grant (RFC 6749 §4.4): a registered, active client
 * authenticates with its id and secret and gets a short-lived bearer token for one of its roles
 * (`scope`; its first role when none is asked).
 */
export async function tokenEndpoint(
  req: IncomingMessage,
  res: ServerResponse,
  registry: ClientRegistry,
  tokens: ClientTokens,
) {
  const request = await parsedForm(req, res);
  if (!request) return;
  const { form, given } = request;
  const grant = form.get('grant_type');
  if (!grant) return oauthError(res, 'invalid_request', 'grant_type is missing');
  if (grant !== 'client_credentials')
    return oauthError(res, 'unsupported_grant_type', 'Only the client_credentials grant is supported');
  const client = await authenticatedClient(res, given, registry);
  if (!client) return;
  if (client.status !== 'active') return oauthError(res, 'unauthorized_client', 'The client is suspended');
  const scope = form.get('scope')?.trim() || client.roles[0];
  if (scope.includes(' ') || !client.roles.includes(scope))
    return oauthError(res, 'invalid_scope', `The scope must be one of the client's roles: ${client.roles.join(', ')}`);
  const issued = await tokens.issue(client.clientId, scope, scope);
  sendJson(res, 200, { access_token: issued.token, token_type: 'Bearer', expires_in: issued.expiresIn, scope });
}
