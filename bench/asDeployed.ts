import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';

/**
 * Every process of the bench runs as it is deployed: NODE_ENV=production (graphql-js then skips
 * its development-mode checks, which took a sixth of a subgraph's busy time in the profiles),
 * with the settings production requires: a fresh gateway secret for this run and a token key
 * nobody holds the private half of (the bench sends anonymous requests only). Set in this
 * process's environment, so the children inherit it and the direct subgraph calls sign with it.
 */
export async function runAsDeployed(): Promise<void> {
  const { publicKey } = await generateKeyPair('ES256');
  const keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'onestop-bench-')), 'token-key.json');
  writeFileSync(keyFile, JSON.stringify({ ...(await exportJWK(publicKey)), alg: 'ES256' }));
  Object.assign(process.env, {
    NODE_ENV: 'production',
    GATEWAY_SECRET: randomBytes(32).toString('hex'),
    JWT_KEY_FILE: keyFile,
    JWT_ISSUER: 'https://bench.invalid/',
  });
}
