import { signForwardedIdentity, IDENTITY_HEADER } from '../../subgraphs/shared/auth/forwardedIdentity';
import { gatewaySecret } from '../../subgraphs/shared/config';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { expiredToken, forgedToken, tokenFor, unsignedToken } from '../support/tokens';

/** A planner-only write that cannot change anything: the task does not exist. */
const START_MISSING_TASK = 'mutation { startReformTask(code: "CCHC-1999-99", version: 1) { code } }';
const DISTRICT_NAME = '{ district(code: "018") { name } }';

let supergraph: RunningSupergraph;
beforeAll(async () => {
  supergraph = await startSupergraph();
});
afterAll(() => supergraph.stop());

const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;

describe('bearer tokens at the gateway', () => {
  test('no token is anonymous and may read the aggregate statistics', async () => {
    const { status, body } = await supergraph.queryGateway(DISTRICT_NAME);
    expect([status, body]).toEqual([200, { data: { district: { name: 'Huyện Gia Lâm' } } }]);
  });

  test.each(['integrator', 'planner', 'admin'] as const)('a valid %s token reads the same', async (role) => {
    const { status, body } = await supergraph.queryGateway(DISTRICT_NAME, {}, { token: await tokenFor(role) });
    expect([status, body]).toEqual([200, { data: { district: { name: 'Huyện Gia Lâm' } } }]);
  });

  test('a desk token carries its unit; one without a unit is refused', async () => {
    expect(
      (await supergraph.queryGateway(DISTRICT_NAME, {}, { token: await tokenFor('desk', { unitCode: '00583' }) }))
        .status,
    ).toBe(200);
    const refused = await supergraph.queryGateway(DISTRICT_NAME, {}, { token: await tokenFor('desk') });
    expect([refused.status, codeOf(refused.body)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  test.each([
    ['expired', () => expiredToken('admin')],
    ['signed with an unknown key', () => forgedToken('admin')],
    ['unsigned (alg none)', async () => unsignedToken('admin')],
    ['from another issuer', () => tokenFor('admin', { issuer: 'https://evil.example' })],
    ['for another audience', () => tokenFor('admin', { audience: 'another-api' })],
    ['not a JWT', async () => 'not-a-jwt-at-all'],
  ])('a token %s gets 401 UNAUTHENTICATED, not anonymous access', async (_what, mint) => {
    const { status, body } = await supergraph.queryGateway(DISTRICT_NAME, {}, { token: await mint() });
    expect([status, codeOf(body), body.data]).toEqual([401, 'UNAUTHENTICATED', undefined]);
  });

  test('an Authorization header that is not a bearer token gets 401', async () => {
    const { status, body } = await supergraph.queryGateway(
      DISTRICT_NAME,
      {},
      { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } },
    );
    expect([status, codeOf(body)]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('roles are enforced by the subgraph, from the identity the gateway forwards', () => {
  test.each(['anonymous', 'integrator', 'desk'] as const)(
    '%s may not change reform tasks (FORBIDDEN)',
    async (role) => {
      const token = role === 'anonymous' ? undefined : await tokenFor(role, { unitCode: '00583' });
      const { body } = await supergraph.queryGateway(START_MISSING_TASK, {}, { token });
      expect(codeOf(body)).toBe('FORBIDDEN');
    },
  );

  test.each(['planner', 'admin'] as const)(
    '%s passes the role check (and learns the task does not exist)',
    async (role) => {
      const { body } = await supergraph.queryGateway(START_MISSING_TASK, {}, { token: await tokenFor(role) });
      expect(codeOf(body)).toBe('NOT_FOUND');
    },
  );

  test('a client cannot smuggle an identity header through the gateway: only the verified one travels', async () => {
    const smuggled = await signForwardedIdentity({ role: 'admin', subject: 'mallory', unitCode: null });
    const { body } = await supergraph.queryGateway(
      START_MISSING_TASK,
      {},
      { headers: { [IDENTITY_HEADER]: smuggled } },
    );
    expect(codeOf(body)).toBe('FORBIDDEN');
  });
});

describe('subgraphs answer only the gateway', () => {
  const post = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: DISTRICT_NAME }),
    });

  test.each(['district', 'commune', 'reform'] as const)(
    'a direct call to %s without the signed identity gets 401',
    async (name) => {
      const response = await post(supergraph.subgraphUrls[name]);
      expect([response.status, codeOf(await response.json())]).toEqual([401, 'UNAUTHENTICATED']);
    },
  );

  test('a client bearer token, a forged or an expired identity header does not open a subgraph', async () => {
    const url = supergraph.subgraphUrls.district;
    const forged = await signForwardedIdentity(
      { role: 'admin', subject: 'x', unitCode: null },
      'a-secret-that-is-not-the-gateway-secret-!!',
    );
    const attempts: Array<Record<string, string>> = [
      { authorization: `Bearer ${await tokenFor('admin')}` },
      { [IDENTITY_HEADER]: forged },
      { [IDENTITY_HEADER]: await tokenFor('admin') },
      { [IDENTITY_HEADER]: 'garbage' },
    ];
    const statuses = await Promise.all(attempts.map(async (headers) => (await post(url, headers)).status));
    expect(statuses).toEqual([401, 401, 401, 401]);
  });

  test('an identity signed with another secret of the same length is refused, even one the gateway signed just before', async () => {
    const admin = { role: 'admin', subject: 'x', unitCode: null } as const;
    await signForwardedIdentity(admin);
    const otherSecret = gatewaySecret().replace(/./g, 'x');
    const forged = await signForwardedIdentity(admin, otherSecret);
    expect((await post(supergraph.subgraphUrls.district, { [IDENTITY_HEADER]: forged })).status).toBe(401);
  });

  test('with the identity the gateway signs, the subgraph answers', async () => {
    const response = await post(supergraph.subgraphUrls.district, {
      [IDENTITY_HEADER]: await signForwardedIdentity({ role: 'anonymous', subject: null, unitCode: null }),
    });
    expect([response.status, await response.json()]).toEqual([200, { data: { district: { name: 'Huyện Gia Lâm' } } }]);
  });

  test('health and readiness probes stay open (they reveal no data)', async () => {
    const ready = await fetch(supergraph.subgraphUrls.reform.replace(/graphql$/, 'ready'));
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', database: 'up' }]);
  });
});
