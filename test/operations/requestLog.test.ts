import { HEADLINE_QUERY } from '../support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';

/** The JSON log lines of a supergraph's services, parsed. */
const parsed = (supergraph: RunningSupergraph) => supergraph.logs.map((line) => JSON.parse(line));

describe('request ids and the request log', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph?.stop());

  test('a well-formed X-Request-Id is kept: in the response header, the error extensions and every log line of the request', async () => {
    const id = 'complaint-20210610-0001';
    const response = await supergraph.request({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: JSON.stringify({
        query: '{ district(code: "018") { report(from: "2021-05-31", to: "2021-01-01") { total { procedures } } } }',
      }),
    });
    expect(response.headers.get('x-request-id')).toBe(id);
    const body = JSON.parse(response.text);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', serviceName: 'district', requestId: id });
    const lines = parsed(supergraph).filter((line) => line.requestId === id);
    const gatewayLine = lines.find((line) => line.service === 'gateway' && line.msg === 'request');
    expect(gatewayLine).toMatchObject({
      path: '/graphql',
      client: { role: 'anonymous' },
      operation: 'anonymous',
      status: 200,
      outcome: 'BAD_USER_INPUT',
      subgraphs: ['district'],
    });
    expect(typeof gatewayLine.durationMs).toBe('number');
    // The subgraph that refused it logged its own line under the same id (the gateway sent it on).
    expect(lines.find((line) => line.service === 'district' && line.msg === 'request')).toMatchObject({
      outcome: 'BAD_USER_INPUT',
      client: { role: 'anonymous' },
    });
  });

  test('a malformed X-Request-Id is replaced by a fresh one, which every answer carries, refusals too', async () => {
    const response = await supergraph.request({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id\twith spaces' },
      body: JSON.stringify({ query: HEADLINE_QUERY }),
    });
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await supergraph.request({ method: 'POST', headers: { authorization: 'Bearer not-a-token' } });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text).errors[0].extensions.requestId).toBe(refused.headers.get('x-request-id'));
    const line = parsed(supergraph).find((l) => l.requestId === id && l.service === 'gateway' && l.msg === 'request');
    expect(line).toMatchObject({ operation: 'Headline', status: 200, outcome: 'ok' });
    expect([...line.subgraphs].sort()).toEqual(['commune', 'district', 'reform']);
  });

  test('a request with a token logs its role and subject, never the token', async () => {
    const token = await tokenFor('integrator', { subject: 'client-acme-42' });
    const response = await supergraph.queryGateway('{ district(code: "018") { name } }', undefined, { token });
    expect(response.body.errors).toBeUndefined();
    const logged = supergraph.logs.filter((line) => line.includes('client-acme-42'));
    expect(logged.length).toBeGreaterThan(0);
    expect(JSON.parse(logged[0]).client).toEqual({ role: 'integrator', subject: 'client-acme-42' });
    expect(supergraph.logs.some((line) => line.includes(token.split('.')[1]))).toBe(false);
  });
});
