import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClientTokens } from './clientTokens';
import type { Counters } from './counters';
import type { ClientRegistry } from './registry';
import { revoke } from './revocations';
import { authenticatedClient, oauthError, parsedForm, sendJson } from './tokenEndpoint';

/**
 * POST /oauth/revoke (RFC 7009): a client revokes one of its own access tokens, so a copy that
 * leaked is refused from then on by every gateway replica. As §2.2 asks, a token that is invalid,
 * expired or not this client's is answered 200 too, and nothing is revoked.
 */
export async function revokeEndpoint(
  req: IncomingMessage,
  res: ServerResponse,
  registry: ClientRegistry,
  tokens: ClientTokens,
  counters: Counters,
) {
  const request = await parsedForm(req, res);
  if (!request) return;
  const { form, given } = request;
  const token = form.get('token');
  if (!token) return oauthError(res, 'invalid_request', 'token is missing');
  const hint = form.get('token_type_hint');
  if (hint && hint !== 'access_token')
    return oauthError(res, 'unsupported_token_type', 'Only access tokens are issued here');
  const client = await authenticatedClient(res, given, registry);
  if (!client) return;
  const payload = tokens.isOwn(token) ? await tokens.verify(token).catch(() => undefined) : undefined;
  if (payload?.client_id === client.clientId && payload.jti && payload.exp)
    await revoke(counters, payload.jti, payload.exp);
  sendJson(res, 200, {});
}
