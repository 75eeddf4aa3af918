import type { KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Role } from '../../subgraphs/shared/auth/identity';
import { gatewaySettings } from '../settings';
import { DEVELOPMENT_KEY_ID, developmentPrivateKey } from './developmentKey';

export interface TokenOptions {
  /** The `sub` claim; `${role}-dev` by default, none at all with null. */
  subject?: string | null;
  /** The desk role's unit (district or commune code), sent as the `unit` claim. */
  unitCode?: string;
  /** The planner role's districts (codes), sent as the `districts` claim. */
  districts?: string[];
  /** A jose time span ('1h', '10m'); a negative one ('-1h') mints an expired token. */
  expiresIn?: string;
  issuer?: string;
  audience?: string;
  /** Another signing key (tests forge tokens with one); the development key by default. */
  key?: KeyObject;
  algorithm?: string;
}

/**
 * A token the development gateway accepts: the claims this API reads (`role`, `sub`, `unit`, `districts`),
 * the issuer and audience the gateway checks (JWT_ISSUER, JWT_AUDIENCE), signed ES256 with
 * the development key. Production gateways never trust that key.
 */
export function mintDevelopmentToken(role: Role, options: TokenOptions = {}): Promise<string> {
  const { tokens } = gatewaySettings({ ...process.env, NODE_ENV: 'development' });
  const expiresIn = options.expiresIn ?? '1h';
  const now = Math.floor(Date.now() / 1000);
  const expired = expiresIn.startsWith('-');
  const claims = {
    role,
    ...(options.unitCode ? { unit: options.unitCode } : {}),
    ...(options.districts ? { districts: options.districts } : {}),
  };
  const jwt = new SignJWT(claims).setProtectedHeader({
    alg: options.algorithm ?? 'ES256',
    kid: DEVELOPMENT_KEY_ID,
    typ: 'JWT',
  });
  if (options.subject !== null) jwt.setSubject(options.subject ?? `${role}-dev`);
  return jwt
    .setIssuer(options.issuer ?? tokens.issuer)
    .setAudience(options.audience ?? tokens.audience)
    .setIssuedAt(expired ? now - 7200 : now)
    .setExpirationTime(expired ? expiresIn.slice(1) + ' ago' : expiresIn)
    .sign(options.key ?? developmentPrivateKey());
}
