import { generateKeyPairSync } from 'node:crypto';
import { mintDevelopmentToken } from '../../gateway/auth/developmentTokens';
import type { Role } from '../../subgraphs/shared/auth/identity';

export interface TestTokenOptions {
  /** null: a token without the `sub` claim. */
  subject?: string | null;
  unitCode?: string;
  /** A planner's districts (the `districts` claim). */
  districts?: string[];
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

/** A bearer token the test gateway (startSupergraph) accepts for `role`. */
export function tokenFor(role: Role, options: TestTokenOptions = {}): Promise<string> {
  return mintDevelopmentToken(role, options);
}

/** Already expired an hour ago; otherwise valid. */
export function expiredToken(role: Role): Promise<string> {
  return mintDevelopmentToken(role, { expiresIn: '-1h' });
}

/** Well-formed, right claims, signed with a key the gateway does not know. */
export function forgedToken(role: Role): Promise<string> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return mintDevelopmentToken(role, { key: privateKey });
}

/** Signed RS256 with an RSA key, while the gateway's key is an EC key: an algorithm of the wrong key type. */
export function wrongAlgorithmToken(role: Role): Promise<string> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return mintDevelopmentToken(role, { key: privateKey, algorithm: 'RS256' });
}

/** The classic algorithm confusion: `alg: none`, no signature, claiming admin. */
export function unsignedToken(role: Role): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ role, sub: 'x', iss: 'onestop-development', aud: 'onestop-api', exp: now + 3600 })}.`;
}
