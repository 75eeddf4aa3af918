import type { Counters } from './counters';
import type { Quota } from './registry';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface QuotaDecision {
  allowed: boolean;
  /** RateLimit-Policy and RateLimit (IETF httpapi ratelimit-headers draft), and Retry-After when refused. */
  headers: Record<string, string>;
}

/** The UTC day a moment falls in, as usage is kept. */
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Counts one request against a client's per-minute and per-day quotas (fixed windows on the
 * clock, so every replica agrees on them) and checks its daily cost budget.
 */
export async function countRequest(
  counters: Counters,
  clientId: string,
  quota: Quota,
  now = Date.now(),
): Promise<QuotaDecision> {
  const minuteStart = now - (now % MINUTE);
  const dayStart = now - (now % DAY);
  const [minute, day, cost] = await Promise.all([
    counters.add(`q:${clientId}:m:${minuteStart}`, 1, MINUTE),
    counters.add(`q:${clientId}:d:${dayStart}`, 1, DAY),
    counters.get(`c:${clientId}:${dayOf(now)}`),
  ]);
  const windows = [
    { name: 'minute', q: quota.perMinute, used: minute, w: 60, t: Math.ceil((minuteStart + MINUTE - now) / 1000) },
    { name: 'day', q: quota.perDay, used: day, w: 86_400, t: Math.ceil((dayStart + DAY - now) / 1000) },
    // The budget is charged after an answer: refused once it is spent, whatever the next request costs.
    { name: 'cost', q: quota.costPerDay, used: cost, w: 86_400, t: Math.ceil((dayStart + DAY - now) / 1000) },
  ];
  const headers: Record<string, string> = {
    'ratelimit-policy': windows.map((x) => `"${x.name}";q=${x.q};w=${x.w}`).join(', '),
    ratelimit: windows.map((x) => `"${x.name}";r=${Math.max(0, x.q - x.used)};t=${Math.max(1, x.t)}`).join(', '),
  };
  const exceeded = windows.filter((x) => (x.name === 'cost' ? x.used >= x.q : x.used > x.q));
  if (exceeded.length) headers['retry-after'] = String(Math.max(...exceeded.map((x) => Math.max(1, x.t))));
  return { allowed: exceeded.length === 0, headers };
}

/** The cost of an answered request, charged to the day's budget (and shown in later RateLimit headers). */
export async function chargeCost(counters: Counters, clientId: string, cost: number, now = Date.now()): Promise<void> {
  await counters.add(`c:${clientId}:${dayOf(now)}`, cost, DAY);
}

/** Usage by operation and outcome, per client and UTC day. */
export async function recordUsage(
  counters: Counters,
  clientId: string,
  operation: string,
  now = Date.now(),
): Promise<void> {
  await counters.addField(`u:${clientId}:${dayOf(now)}`, operation, 1, 35 * DAY);
}

export async function usageOf(counters: Counters, clientId: string, days: number, now = Date.now()) {
  const usage: Record<string, Record<string, number>> = {};
  for (let i = 0; i < days; i++) {
    const day = dayOf(now - i * DAY);
    const fields = await counters.fields(`u:${clientId}:${day}`);
    if (Object.keys(fields).length) usage[day] = fields;
  }
  return usage;
}
