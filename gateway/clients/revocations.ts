import type { Counters } from './counters';

/**
 * Revoked access tokens (RFC 7009), by `jti`, kept until the token would have expired anyway and
 * shared by gateway replicas through the same counters as the quotas (Redis when configured).
 */
export async function revoke(counters: Counters, jti: string, expiresAtSeconds: number, now = Date.now()) {
  const ttlMs = expiresAtSeconds * 1000 - now;
  if (ttlMs > 0) await counters.add(`revoked:${jti}`, 1, ttlMs + 5000);
}

export async function isRevoked(counters: Counters, jti: string): Promise<boolean> {
  return (await counters.get(`revoked:${jti}`)) > 0;
}

/**
 * A token issued (`iat`, whole seconds) at or before the client's last suspension is refused.
 * "At" as well as before: a token issued in the second of the suspension cannot be told apart.
 */
export function issuedBeforeSuspension(issuedAtSeconds: number | undefined, tokensNotBefore?: string): boolean {
  if (!tokensNotBefore) return false;
  return (issuedAtSeconds ?? 0) <= Math.floor(Date.parse(tokensNotBefore) / 1000);
}
