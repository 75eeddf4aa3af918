import { HEADLINE_QUERY } from '../test/support/headlineQuery';
import { fetchOnce, measure, type LoadResult, type LoadSettings } from './load';
import { startService, type Service } from './processes';

/**
 * The headline report for one district and a 6-month window over the national data set
 * (`npm run seed -- --scale national` with DB_PREFIX=<prefix>), through our gateway on MySQL.
 * Target: p50 under 50 ms.
 */
export async function benchNational(prefix: string, settings: LoadSettings): Promise<{ prefix: string; window: string; result: LoadResult; peakRssMiB: number | null }> {
  const services: Service[] = [];
  try {
    const urls: Record<string, string> = {};
    for (const name of ['district', 'commune', 'reform']) {
      const svc = await startService(`national ${name}`, `subgraphs/${name}/index.js`, { DB_PREFIX: prefix, [`${name.toUpperCase()}_PORT`]: '0' });
      services.push(svc);
      urls[`${name.toUpperCase()}_URL`] = svc.url;
    }
    const gateway = await startService('national gateway', 'gateway/index.js', { GATEWAY_PORT: '0', PORT: '0', RATE_LIMIT_MAX: '1000000000', ...urls });
    services.push(gateway);
    const variables = { code: '018', from: '2024-01-01', to: '2024-06-30' };
    const body = JSON.stringify({ query: HEADLINE_QUERY, variables });
    const first = await fetchOnce({ url: gateway.url, body });
    if (first.status !== 200 || JSON.parse(first.text).errors) throw new Error(`national headline: HTTP ${first.status} ${first.text.slice(0, 400)}`);
    const result = await measure({ url: gateway.url, body, expectBody: first.text }, settings);
    return { prefix, window: `${variables.from}..${variables.to}`, result, peakRssMiB: gateway.peakRssMiB() };
  } finally {
    for (const svc of services.reverse()) await svc.stop();
  }
}
