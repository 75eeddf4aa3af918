import path from 'node:path';
import { SignJWT } from 'jose';
import { DEVELOPMENT_KEY_ID, developmentPrivateKey } from '../../gateway/auth/developmentKey';
import { operationId, readDashboardManifest } from '../../gateway/clients/manifests';
import { ClientRegistry, clientsDatabaseConfig } from '../../gateway/clients/registry';
import { gatewaySettings } from '../../gateway/settings';
import type { DatabaseConfig } from '../../subgraphs/shared/config';
import { dropMysqlDatabase } from '../../subgraphs/shared/database';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';

const ADMIN = 'admin-token-for-the-registered-clients-test';
const UNITS = 'query PartnerUnits { districts { code } }';

function registryDatabase(): DatabaseConfig {
  const config = clientsDatabaseConfig();
  if (config.kind === 'mysql') return { ...config, database: `${config.database}_e2e` };
  return { kind: 'sqlite', file: path.join(path.dirname(config.file), 'clients-e2e.sqlite') };
}

let supergraph: RunningSupergraph;
let registry: ClientRegistry;
let client: { clientId: string; clientSecret: string };

beforeAll(async () => {
  const database = registryDatabase();
  if (database.kind === 'mysql') await dropMysqlDatabase(database);
  // The admin's side (the `npm run clients` command), on the registry the gateway reads.
  registry = await ClientRegistry.open(database);
  await registry.registerManifest(
    'partner',
    [{ id: operationId(UNITS), name: 'PartnerUnits', body: UNITS }],
    'ops-admin',
  );
  client = await registry.register(
    {
      name: 'Cổng dịch vụ công tỉnh',
      contact: 'it@example.vn',
      roles: ['integrator'],
      quota: { perMinute: 3, perDay: 100, costPerDay: 1000 },
      manifests: ['partner'],
    },
    'ops-admin',
  );
  const base = gatewaySettings({});
  supergraph = await startSupergraph(
    {},
    { clientsDatabase: database, settings: { clients: { ...base.clients, cacheMs: 0, adminToken: ADMIN } } },
  );
});

afterAll(async () => {
  await supergraph?.stop();
  await registry?.close();
});

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function tokenRequest(body: string, headers: Record<string, string> = {}, path = '/oauth/token') {
  const response = await supergraph.request({
    path,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
  return { status: response.status, headers: response.headers, body: JSON.parse(response.text) };
}

async function tokenFor(secret: string): Promise<string> {
  const answer = await tokenRequest('grant_type=client_credentials', { authorization: basic(client.clientId, secret) });
  expect(answer.status).toBe(200);
  return answer.body.access_token;
}

const byId = (token: string, id: string) =>
  supergraph.request({
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
  });

/** The quota counts per clock minute: start a sequence early in a minute, so it is not cut in two. */
async function freshMinute(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

test('token requests get the RFC 6749 §5.2 error codes', async () => {
  const wrong = await tokenRequest('grant_type=client_credentials', {
    authorization: basic(client.clientId, 'not-the-secret'),
  });
  expect([wrong.status, wrong.body.error, wrong.headers.get('www-authenticate')]).toEqual([
    401,
    'invalid_client',
    'Basic realm="onestop", charset="UTF-8"',
  ]);
  const unknown = await tokenRequest(
    `grant_type=client_credentials&client_id=cl_nobody&client_secret=${client.clientSecret}`,
  );
  expect([unknown.status, unknown.body.error]).toEqual([401, 'invalid_client']);
  const grant = await tokenRequest('grant_type=password&username=a&password=b', {
    authorization: basic(client.clientId, client.clientSecret),
  });
  expect([grant.status, grant.body.error]).toEqual([400, 'unsupported_grant_type']);
  const missing = await tokenRequest('scope=integrator', {
    authorization: basic(client.clientId, client.clientSecret),
  });
  expect([missing.status, missing.body.error]).toEqual([400, 'invalid_request']);
  const repeated = await tokenRequest('grant_type=client_credentials&grant_type=client_credentials', {
    authorization: basic(client.clientId, client.clientSecret),
  });
  expect([repeated.status, repeated.body.error]).toEqual([400, 'invalid_request']);
  const json = await tokenRequest('{}', { 'content-type': 'application/json' });
  expect([json.status, json.body.error]).toEqual([400, 'invalid_request']);
  const scope = await tokenRequest('grant_type=client_credentials&scope=admin', {
    authorization: basic(client.clientId, client.clientSecret),
  });
  expect([scope.status, scope.body.error]).toEqual([400, 'invalid_scope']);
  const ok = await tokenRequest(
    `grant_type=client_credentials&client_id=${client.clientId}&client_secret=${client.clientSecret}`,
  );
  expect(ok.status).toBe(200);
  expect(ok.headers.get('cache-control')).toBe('no-store');
  expect(ok.body).toEqual({
    access_token: expect.any(String),
    token_type: 'Bearer',
    expires_in: 300,
    scope: 'integrator',
  });
});

test('a registered client runs its trusted operations within its quota, and its usage shows exactly those calls', async () => {
  const token = await tokenFor(client.clientSecret);
  await freshMinute();
  const trusted = await byId(token, operationId(UNITS));
  expect(trusted.status).toBe(200);
  expect(JSON.parse(trusted.text).data.districts.length).toBeGreaterThan(0);
  expect(trusted.headers.get('ratelimit-policy')).toBe('"minute";q=3;w=60, "day";q=100;w=86400, "cost";q=1000;w=86400');
  expect(trusted.headers.get('ratelimit')).toMatch(/^"minute";r=2;t=\d+, "day";r=99;t=\d+, "cost";r=1000;t=\d+$/);

  const freeForm = await supergraph.queryGateway('{ districts { code name } }', undefined, { token });
  expect([freeForm.status, freeForm.body.errors?.[0].extensions?.code]).toEqual([400, 'PERSISTED_QUERY_REQUIRED']);
  const dashboardOp = readDashboardManifest().find((op) => op.name === 'Units')!;
  const notBound = await byId(token, dashboardOp.id);
  expect([notBound.status, JSON.parse(notBound.text).errors[0].extensions.code]).toEqual([
    403,
    'OPERATION_NOT_TRUSTED',
  ]);
  // The first answer's cost (two fields) is charged to the day's budget.
  expect(notBound.headers.get('ratelimit')).toMatch(/^"minute";r=0;t=\d+, "day";r=97;t=\d+, "cost";r=998;t=\d+$/);

  const over = await byId(token, operationId(UNITS));
  expect([over.status, JSON.parse(over.text).errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
  expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(Number(over.headers.get('retry-after'))).toBeLessThanOrEqual(60);

  const usage = await supergraph.request({
    path: `/admin/usage?client=${client.clientId}`,
    headers: { authorization: `Bearer ${ADMIN}` },
  });
  const today = new Date().toISOString().slice(0, 10);
  expect(JSON.parse(usage.text)).toEqual({
    client: client.clientId,
    usage: {
      [today]: {
        PartnerUnits: 1,
        '(unnamed) (refused: PERSISTED_QUERY_REQUIRED)': 1,
        'Units (refused: OPERATION_NOT_TRUSTED)': 1,
        '(refused: RATE_LIMITED)': 1,
      },
    },
  });
  const anonymous = await supergraph.request({ path: `/admin/usage?client=${client.clientId}` });
  expect(anonymous.status).toBe(401);
});

test('a suspended client is refused, at the token endpoint and with a token it already holds', async () => {
  const token = await tokenFor(client.clientSecret);
  await registry.suspend(client.clientId, 'ops-admin');
  const refused = await byId(token, operationId(UNITS));
  expect([refused.status, JSON.parse(refused.text).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  const noToken = await tokenRequest('grant_type=client_credentials', {
    authorization: basic(client.clientId, client.clientSecret),
  });
  expect([noToken.status, noToken.body.error]).toEqual([400, 'unauthorized_client']);
  await registry.resume(client.clientId, 'ops-admin');
  // A token is stamped in whole seconds: one issued in the second of the suspension counts as before it.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const replayed = await byId(token, operationId(UNITS));
  expect([replayed.status, JSON.parse(replayed.text).errors[0].message]).toEqual([
    401,
    'The bearer token was issued before the client was suspended',
  ]);
  // A token issued after the resumption is not (its quota for this minute is spent: 429, not 401).
  expect((await byId(await tokenFor(client.clientSecret), operationId(UNITS))).status).toBe(429);
});

test('a token its client revoked (RFC 7009) is refused from then on; another client cannot revoke it', async () => {
  const other = await registry.register(
    {
      name: 'Other',
      contact: 'other@example.vn',
      roles: ['integrator'],
      quota: { perMinute: 50, perDay: 50, costPerDay: 500 },
      manifests: ['partner'],
    },
    'ops-admin',
  );
  const token = (
    await tokenRequest('grant_type=client_credentials', { authorization: basic(other.clientId, other.clientSecret) })
  ).body.access_token;
  const revoke = (id: string, secret: string, body: string) =>
    tokenRequest(body, { authorization: basic(id, secret) }, '/oauth/revoke').then((a) => [
      a.status,
      a.body.error ?? 'ok',
    ]);
  expect(await revoke(client.clientId, client.clientSecret, `token=${token}`)).toEqual([200, 'ok']);
  expect((await byId(token, operationId(UNITS))).status).toBe(200);
  expect(await revoke(other.clientId, 'wrong', `token=${token}`)).toEqual([401, 'invalid_client']);
  expect(await revoke(other.clientId, other.clientSecret, '')).toEqual([400, 'invalid_request']);
  expect(await revoke(other.clientId, other.clientSecret, `token=${token}&token_type_hint=refresh_token`)).toEqual([
    400,
    'unsupported_token_type',
  ]);
  expect(await revoke(other.clientId, other.clientSecret, `token=${token}`)).toEqual([200, 'ok']);
  const replayed = await byId(token, operationId(UNITS));
  expect([replayed.status, JSON.parse(replayed.text).errors[0].message]).toEqual([
    401,
    'The bearer token has been revoked',
  ]);
  expect(await revoke(other.clientId, other.clientSecret, 'token=not-a-token')).toEqual([200, 'ok']);
});

test('a rotated secret keeps working for its grace period beside the new one, then only the new one works', async () => {
  const old = client.clientSecret;
  const fresh = await registry.rotate(client.clientId, 1, 'ops-admin');
  await tokenFor(old);
  await tokenFor(fresh);
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const late = await tokenRequest('grant_type=client_credentials', { authorization: basic(client.clientId, old) });
  expect([late.status, late.body.error]).toEqual([401, 'invalid_client']);
  await tokenFor(fresh);
  const audit = await registry.auditOf(client.clientId);
  expect(audit.map((row) => [row.actor, row.action])).toEqual([
    ['ops-admin', 'register'],
    ['ops-admin', 'suspend'],
    ['ops-admin', 'resume'],
    ['ops-admin', 'rotate'],
  ]);
  expect(JSON.stringify(audit)).not.toContain(old);
  expect(JSON.stringify(audit)).not.toContain(fresh);
});

test('an expired client token, or one naming no registered client, is refused', async () => {
  const sign = (clientId: string, exp: number) =>
    new SignJWT({ role: 'integrator', client_id: clientId })
      .setProtectedHeader({ alg: 'ES256', kid: DEVELOPMENT_KEY_ID })
      .setSubject(clientId)
      .setIssuer('onestop-development')
      .setAudience('onestop-api')
      .setJti('test-jti')
      .setIssuedAt(exp - 300)
      .setExpirationTime(exp)
      .sign(developmentPrivateKey());
  const now = Math.floor(Date.now() / 1000);
  const expired = await byId(await sign(client.clientId, now - 60), operationId(UNITS));
  expect([expired.status, JSON.parse(expired.text).errors[0].message]).toEqual([401, 'The bearer token has expired']);
  const unknown = await byId(await sign('cl_nobody', now + 60), operationId(UNITS));
  expect([unknown.status, JSON.parse(unknown.text).errors[0].message]).toEqual([
    401,
    'The bearer token names no registered client',
  ]);
});

// Last: it spends this address's token requests for the minute.
test('one address guessing secrets is slowed down: 429 slow_down with Retry-After, even for the right secret', async () => {
  const limit = gatewaySettings({}).clients.tokenRequestsPerMinute;
  let answer = await tokenRequest('grant_type=client_credentials', { authorization: basic(client.clientId, 'guess') });
  for (let i = 0; i < limit && answer.status !== 429; i++)
    answer = await tokenRequest('grant_type=client_credentials', {
      authorization: basic(client.clientId, `guess${i}`),
    });
  expect([answer.status, answer.body.error]).toEqual([429, 'slow_down']);
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(Number(answer.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  const right = await tokenRequest('grant_type=client_credentials', {
    authorization: basic(client.clientId, client.clientSecret),
  });
  expect([right.status, right.body.error]).toEqual([429, 'slow_down']);
});
