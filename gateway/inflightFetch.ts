/**
 * Identical subgraph reads in flight at the same moment share one HTTP exchange: under load a
 * dashboard's many viewers ask the same question, and each subgraph answers it once per burst
 * instead of once per viewer (Hive Gateway does the same by default). Only queries are shared,
 * never mutations, and only between requests with the same forwarded identity (it is part of
 * the key), so no caller ever sees an answer computed for someone else. Each caller gets its
 * own Response over the shared text, so nothing parsed is shared between requests.
 */
type Fetch = (input: string, init: RequestInit) => Promise<Response>;

interface Shared {
  status: number;
  statusText: string;
  headers: [string, string][];
  text: string;
}

const READ = /^\{"query":"(query\b|\{)/;

export function sharingInflightReads(fetcher: Fetch, identityHeader: string): Fetch {
  const inflight = new Map<string, Promise<Shared>>();
  return async (input, init) => {
    const body = typeof init.body === 'string' ? init.body : null;
    if (!body || !READ.test(body)) return fetcher(input, init);
    const identity = (init.headers as Record<string, string> | undefined)?.[identityHeader] ?? '';
    const key = `${input}\u0000${identity}\u0000${body}`;
    let shared = inflight.get(key);
    if (!shared) {
      shared = fetcher(input, init).then(async (response) => ({
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        text: await response.text(),
      }));
      inflight.set(key, shared);
      const forget = () => inflight.delete(key);
      shared.then(forget, forget);
    }
    const { status, statusText, headers, text } = await shared;
    return new Response(text, { status, statusText, headers });
  };
}
