import type { SubgraphName } from '../subgraphs/shared/config';
import type { Probe } from '../subgraphs/shared/httpServer';

/** GET /ready: asks each subgraph's /ready (which checks its database); names, never URLs, in the body. */
export async function subgraphsReady(urls: Record<SubgraphName, string>, timeoutMs = 2000): Promise<Probe> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'up' : 'down'] as const;
      } catch {
        return [name, 'down'] as const;
      }
    }),
  );
  return { ok: entries.every(([, state]) => state === 'up'), body: { subgraphs: Object.fromEntries(entries) } };
}
