import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { serveGateway, type RunningGateway } from '../../gateway/serveGateway';
import { gatewaySettings } from '../../subgraphs/shared/config';
import { deskDatabases } from '../ingestion/deskWorld';
import { eventually, holdingProxy, type HoldingProxy } from '../support/holdingProxy';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';

/**
 * The freshness rule: an answer may be as old as its max-age, never older than a write that was
 * acknowledged before the request started. Writes are Bát Tràng desk events (commune 00583)
 * through the gateway; the figure read is the district's commune level for the same week.
 */
const QUERY = `query Fresh($from: Date!, $to: Date!) { district(code: "018") { report(from: $from, to: $to) {
  communeLevel { dossiers { received inProgress } } } } }`;
const WEEK = { from: '2021-07-05', to: '2021-07-09' };
const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { status } }`;
const received = (id: string) => ({
  eventId: `fresh-${id}`, unitCode: '00583', type: 'RECEIVED', at: '2021-07-06T09:00:00+07:00', reference: `BT-FRESH-${id}`,
  procedureCode: '1.001193', channel: 'IN_PERSON', applicantType: 'CITIZEN', applicantName: 'Nguyễn Văn B',
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}
type Answer = Awaited<ReturnType<typeof post>>;
const figure = (r: Answer) => r.body.data.district.report.communeLevel.dossiers.received;
const settingsWith = (redisUrl?: string) => {
  const base = gatewaySettings({});
  return { ...base, production: true, rateLimit: { ...base.rateLimit, max: 1_000_000, redisUrl } };
};

describe('no cache serves an answer older than an acknowledged write', () => {
  let supergraph: RunningSupergraph;
  let desk: string;
  let writes = 0;
  const write = async (url: string) => {
    const answer = await post(url, { query: RECORD, variables: { e: received(String(++writes)) } }, { authorization: `Bearer ${desk}` });
    expect(answer.body.errors).toBeUndefined();
  };

  beforeAll(async () => {
    supergraph = await startSupergraph(await deskDatabases('freshness'));
    desk = await tokenFor('desk', { unitCode: '00583', subject: 'mot-cua-bat-trang-fresh' });
  });
  afterAll(() => supergraph?.stop());

  describe('a read in flight when a write lands', () => {
    let proxy: HoldingProxy;
    let gateway: RunningGateway;
    beforeAll(async () => {
      proxy = await holdingProxy(supergraph.subgraphUrls.commune);
      gateway = await serveGateway({ subgraphUrls: { ...supergraph.subgraphUrls, commune: proxy.url }, settings: settingsWith(), port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      proxy.release();
      await gateway?.close();
      await proxy?.close();
    });

    test('a request started after the write does not join it, and what is then cached shows the write', async () => {
      const url = gateway.url.replace('localhost', '127.0.0.1');
      proxy.holding = true;
      const early = post(url, { query: QUERY, variables: WEEK });
      // The commune subgraph has answered the early read (before the write); the gateway waits.
      expect(await eventually(() => proxy.held === 1)).toBe(true);
      await write(url);
      const queriesBefore = proxy.queries;
      const late = post(url, { query: QUERY, variables: WEEK });
      // The late request asks the subgraph itself; if it joined the early read, nothing arrives.
      await eventually(() => proxy.queries > queriesBefore);
      proxy.release();
      const [before, after] = await Promise.all([early, late]);
      expect(figure(after)).toBe(figure(before) + 1);
      const cached = await post(url, { query: QUERY, variables: WEEK });
      expect(cached.headers.get('age')).not.toBeNull();
      expect(figure(cached)).toBe(figure(before) + 1);
    });
  });
});
