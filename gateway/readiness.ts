import type { IncomingMessage } from 'node:http';
import type { Probe, Refusal } from '../subgraphs/shared/httpServer';
import type { ClientAdmission } from './auth/admitClient';

/**
 * The gateway's GET /ready. A probe asks every subgraph (and so every database): it runs at
 * most once per `cacheMs` (READY_CACHE_MS) whatever the request rate, concurrent requests share it, and
 * each request is admitted (token checked, rate limit counted) like a GraphQL request. Which
 * part is down and the rate-limit store's state are for an operator (an admin token); anyone
 * else learns only ready or not ready (the status code says the same).
 */
export function readiness(admission: ClientAdmission, probe: () => Promise<Probe>, cacheMs: number) {
  let kept: { until: number; result: Promise<Probe> } | undefined;
  const current = (): Promise<Probe> => {
    if (kept && kept.until > Date.now()) return kept.result;
    const result = probe().catch((): Probe => ({ ok: false, body: {} }));
    kept = { until: Date.now() + cacheMs, result };
    return result;
  };
  return async (req: IncomingMessage): Promise<Probe | Refusal> => {
    const refusal = await admission.admit(req);
    if (refusal) return refusal;
    const { ok, body } = await current();
    return admission.identityOf(req).role === 'admin' ? { ok, body } : { ok, body: {} };
  };
}
