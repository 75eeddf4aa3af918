/** What the subgraphs did, summed over their Prometheus counters: GraphQL requests (exchanges) and SQL statements. */
export interface SubgraphCounters {
  exchanges: number;
  statements: number;
}

function sumOf(text: string, metric: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${metric}{`) || line.startsWith(`${metric} `))
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/** Every gateway is counted at the subgraphs, so the figure means the same for ours and the others. */
export async function readSubgraphCounters(metricsUrls: string[]): Promise<SubgraphCounters> {
  const texts = await Promise.all(metricsUrls.map((url) => fetch(url).then((response) => response.text())));
  return {
    exchanges: texts.reduce((sum, text) => sum + sumOf(text, 'onestop_subgraph_requests_total'), 0),
    statements: texts.reduce((sum, text) => sum + sumOf(text, 'onestop_subgraph_sql_statements_total'), 0),
  };
}
