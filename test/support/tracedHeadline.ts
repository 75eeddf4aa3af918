import { HEADLINE_QUERY } from './headlineQuery';
import { startSupergraph } from './startSupergraph';

/**
 * Runs the headline once through every service with tracing on, as a process of its own: the
 * OTLP exporter loads node:http with a dynamic import(), which Jest's module sandbox refuses.
 * Usage: tracedHeadline.ts <OTLP traces URL> <request id>; prints what the statement counters saw.
 */
async function run(url: string, requestId: string): Promise<void> {
  const supergraph = await startSupergraph({}, { tracing: { url } });
  try {
    supergraph.resetCounters();
    const response = await supergraph.request({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache', 'x-request-id': requestId },
      body: JSON.stringify({ query: HEADLINE_QUERY, operationName: 'Headline' }),
    });
    const errors = JSON.parse(response.text).errors;
    const counted = { errors, statements: supergraph.statements(), fetches: { ...supergraph.fetches } };
    await supergraph.flushTraces();
    process.stdout.write(`${JSON.stringify(counted)}\n`);
  } finally {
    await supergraph.stop();
  }
}

run(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
