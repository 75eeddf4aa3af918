import { randomUUID } from 'node:crypto';
import { createCounters, type Counters } from '../../gateway/clients/counters';
import { countRequest, recordUsage, usageOf } from '../../gateway/clients/quotas';
import { isRevoked, revoke } from '../../gateway/clients/revocations';

/**
 * Two gateway replicas are two Counters on one Redis (REDIS_URL): a registered client's quota,
 * its usage and its revoked tokens must be the same whichever replica it reaches.
 */
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const QUOTA = { perMinute: 3, perDay: 100, costPerDay: 1000 };
let a: Counters;
let b: Counters;

beforeAll(() => {
  const prefix = `onestop-test:${randomUUID()}:`;
  [a, b] = [createCounters(REDIS, prefix), createCounters(REDIS, prefix)];
});

afterAll(async () => {
  await a.close();
  await b.close();
});

test('the minute quota is counted once across replicas: the fourth request is refused with Retry-After', async () => {
  // Early in a fixed minute, so the four requests share one window.
  const now = Math.floor(Date.now() / 60_000) * 60_000 + 1_000;
  const decisions = [];
  for (const replica of [a, b, a, b]) decisions.push(await countRequest(replica, 'cl_shared', QUOTA, now));
  expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
  expect(decisions.map((d) => d.headers.ratelimit.split(', ')[0])).toEqual([
    '"minute";r=2;t=59',
    '"minute";r=1;t=59',
    '"minute";r=0;t=59',
    '"minute";r=0;t=59',
  ]);
  expect(decisions[3].headers['retry-after']).toBe('59');
});

test('usage written by one replica is read by the other, by operation and day', async () => {
  const now = Date.parse('2026-11-30T10:00:00Z');
  await recordUsage(a, 'cl_usage', 'PartnerUnits', now);
  await recordUsage(b, 'cl_usage', 'PartnerUnits', now);
  await recordUsage(b, 'cl_usage', 'Other (refused: OPERATION_NOT_TRUSTED)', now);
  expect(await usageOf(a, 'cl_usage', 1, now)).toEqual({
    '2026-11-30': { PartnerUnits: 2, 'Other (refused: OPERATION_NOT_TRUSTED)': 1 },
  });
});

test('a token revoked at one replica is revoked at the other, and only that token', async () => {
  const expires = Math.floor(Date.now() / 1000) + 300;
  await revoke(a, 'jti-revoked', expires);
  expect([await isRevoked(b, 'jti-revoked'), await isRevoked(b, 'jti-other')]).toEqual([true, false]);
  // An already expired token needs no entry: its signature check refuses it anyway.
  await revoke(a, 'jti-expired', Math.floor(Date.now() / 1000) - 10);
  expect(await isRevoked(b, 'jti-expired')).toBe(false);
});

test('with Redis unreachable a client is let through, not refused or answered 500', async () => {
  const down = createCounters('redis://127.0.0.1:1', 'onestop-test:down:');
  try {
    const decision = await countRequest(down, 'cl_any', QUOTA);
    expect(decision.allowed).toBe(true);
    expect(decision.headers.ratelimit).toMatch(/^"minute";r=3;t=\d+, /);
    expect(await isRevoked(down, 'jti-any')).toBe(false);
  } finally {
    await down.close();
  }
});
