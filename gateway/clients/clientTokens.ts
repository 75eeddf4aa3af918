import { createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { ConfigError } from '../../subgraphs/shared/config';
import { developmentPrivateKey } from '../auth/developmentKey';
import { TokenRejected } from '../auth/clientIdentity';
import type { TokenSettings } from '../settings';
import type { ClientSettings } from './clientSettings';

export interface ClientTokens {
  keyId: string;
  /** A short-lived access token for a registered client (RFC 9068 claims: client_id, jti, exp). */
  issue(clientId: string, role: string, scope: string): Promise<{ token: string; expiresIn: number }>;
  /** Whether a bearer token was signed by this gateway (its `kid`). */
  isOwn(token: string): boolean;
  /** Verifies one of this gateway's own tokens; TokenRejected when it cannot be trusted. */
  verify(token: string): Promise<JWTPayload & { client_id: string }>;
}

function signingKey(file: string): KeyObject {
  try {
    return createPrivateKey(readFileSync(file, 'utf8'));
  } catch {
    throw new ConfigError('OAUTH_SIGNING_KEY_FILE cannot be read as a PEM private key');
  }
}

/** Verifies one of this gateway's own tokens (signature, issuer, audience, expiry, the RFC 9068 claims). */
async function verifyOwn(
  token: string,
  publicKey: KeyObject,
  expected: { issuer: string; audience: string; algorithms: string[] },
): Promise<JWTPayload & { client_id: string }> {
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      ...expected,
      requiredClaims: ['exp', 'jti', 'client_id'],
      clockTolerance: 5,
    });
    if (typeof payload.client_id !== 'string') throw new TokenRejected('The bearer token is not valid');
    return payload as JWTPayload & { client_id: string };
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new TokenRejected('The bearer token has expired');
    throw new TokenRejected('The bearer token is not valid');
  }
}

/**
 * The token endpoint's signer and the gateway's check of its own tokens: beside the keys of an
 * external identity provider (JWKS_URL, JWT_KEY_FILE), tokens whose `kid` is OAUTH_KEY_ID are
 * verified with the public half of OAUTH_SIGNING_KEY_FILE (the development key outside production).
 * Undefined in production without OAUTH_SIGNING_KEY_FILE: no token endpoint then.
 */
export function clientTokens(settings: ClientSettings, tokens: TokenSettings): ClientTokens | undefined {
  if (!settings.signingKeyFile && !settings.developmentKey) return undefined;
  const privateKey = settings.signingKeyFile ? signingKey(settings.signingKeyFile) : developmentPrivateKey();
  const publicKey = createPublicKey(privateKey);
  const algorithm =
    privateKey.asymmetricKeyType === 'rsa' ? 'RS256' : privateKey.asymmetricKeyType === 'ed25519' ? 'EdDSA' : 'ES256';
  const issuer = settings.issuer ?? tokens.issuer;
  return {
    keyId: settings.keyId,
    async issue(clientId, role, scope) {
      const token = await new SignJWT({ role, client_id: clientId, scope })
        .setProtectedHeader({ alg: algorithm, kid: settings.keyId, typ: 'at+jwt' })
        .setSubject(clientId)
        .setIssuer(issuer)
        .setAudience(tokens.audience)
        .setIssuedAt()
        .setJti(randomUUID())
        .setExpirationTime(`${settings.tokenTtlSeconds}s`)
        .sign(privateKey);
      return { token, expiresIn: settings.tokenTtlSeconds };
    },
    isOwn(token) {
      try {
        return decodeProtectedHeader(token).kid === settings.keyId;
      } catch {
        return false;
      }
    },
    verify: (token) => verifyOwn(token, publicKey, { issuer, audience: tokens.audience, algorithms: [algorithm] }),
  };
}
