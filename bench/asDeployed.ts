import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { KeyObject } from 'node:crypto';

const ISSUER = 'https://bench.invalid/';
const KEY_ID = 'bench-run';
let privateKey: KeyObject | undefined;

/** A desk's token for this run's gateways (signed with the run's key; the bench writes desk events with it). */
export function deskToken(unitCode: string): Promise<string> {
  if (!privateKey) throw new Error('deskToken: runAsDeployed() first');
  return new SignJWT({ role: 'desk', unit: unitCode })
    .setProtectedHeader({ alg: 'ES256', kid: KEY_ID, typ: 'JWT' })
    .setSubject(`bench-${unitCode}`)
    .setIssuer(ISSUER)
    .setAudience(process.env.JWT_AUDIENCE || 'onestop-api')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(privateKey);
}

/**
 * Every process of the bench runs as it is deployed: NODE_ENV=production (graphql-js then skips
 * its development-mode checks, which took a sixth of a subgraph's busy time in the profiles),
 * with the settings production requires: a fresh gateway secret for this run and a token key
 * whose private half only this process holds (to sign the desk tokens that write events). Set in this
 * process's environment, so the children inherit it and the direct subgraph calls sign with it.
 */
export async function runAsDeployed(): Promise<void> {
  const pair = await generateKeyPair('ES256', { extractable: true });
  const publicKey = pair.publicKey;
  privateKey = pair.privateKey as unknown as KeyObject;
  const keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'onestop-bench-')), 'token-key.json');
  writeFileSync(keyFile, JSON.stringify({ ...(await exportJWK(publicKey)), alg: 'ES256', kid: KEY_ID }));
  Object.assign(process.env, {
    NODE_ENV: 'production',
    GATEWAY_SECRET: randomBytes(32).toString('hex'),
    JWT_KEY_FILE: keyFile,
    JWT_ISSUER: ISSUER,
  });
}
