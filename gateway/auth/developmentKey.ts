import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * The development signing key (ES256) for `npm run token` and the tests. It is public by
 * design: gatewaySettings() refuses to start a production gateway without JWKS_URL or
 * JWT_KEY_FILE, so a token signed with this key is never trusted in production.
 */
const DEVELOPMENT_JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: 'RigsGVTwWs_NPXYuNLcDRnGRSCbzatr3-JRAa0aJdH4',
  y: 'B-l7ptIXCoMh8LMivRV9PnycBFakJwRr2Y-gibN_Ic8',
  d: 'x2aGkT4QupG4BLnpp1id_AqxjEODhLqoxVtHjfpRh60',
};

export const DEVELOPMENT_KEY_ID = 'onestop-development';
export const developmentPrivateKey = (): KeyObject => createPrivateKey({ key: DEVELOPMENT_JWK, format: 'jwk' });
export const developmentPublicKey = (): KeyObject => createPublicKey({ key: DEVELOPMENT_JWK, format: 'jwk' });
