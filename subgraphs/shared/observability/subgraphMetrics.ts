import { Gauge, type Counter, type Histogram, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { metricFactory, requestMetrics } from './metricFactory';

export { LATENCY_BUCKETS } from './metricFactory';

/** Connections by state, read at each scrape. */
function poolGauge(registry: Registry, poolState: () => Record<string, number>): void {
  new Gauge({
    name: 'onestop_subgraph_db_pool_connections',
    help: 'Database connections: open and idle in the pool (MySQL), or statistics workers (SQLite)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      for (const [state, count] of Object.entries(poolState())) this.set({ state }, count);
    },
  });
}

/**
 * One subgraph's metrics, in a registry of its own. Labels are bounded: subgraph, operation label
 * (knownOperations.ts), outcome (ok or an error code), desk event type; never a value a client or
 * an applicant wrote.
 */
export class SubgraphMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestSeconds: Histogram<'operation'>;
  readonly memoLookups: Counter<'result'>;
  readonly statements: Counter;
  readonly statementSeconds: Histogram;
  readonly deskEvents: Counter<'type' | 'outcome'>;
  readonly importedRows: Counter<'outcome'>;

  constructor(
    readonly subgraph: string,
    /** Connections by state, read at each scrape. */
    poolState: () => Record<string, number>,
  ) {
    const f = metricFactory({ subgraph });
    this.registry = f.registry;
    ({ requests: this.requests, requestSeconds: this.requestSeconds } = requestMetrics(
      f,
      'subgraph',
      'GraphQL requests answered, by operation label and outcome (ok or the first error code)',
    ));
    this.memoLookups = f.counter(
      'onestop_subgraph_answer_memo_lookups_total',
      'Statistics asked of the answer memo: hit (remembered) or miss (computed)',
      ['result'],
    );
    this.statements = f.counter(
      'onestop_subgraph_sql_statements_total',
      'SQL statements sent to the database (the statement counter)',
    );
    this.statementSeconds = f.latency(
      'onestop_subgraph_sql_statement_duration_seconds',
      'Time one SQL statement took, on the connection pool or a statistics worker',
    );
    this.deskEvents = f.counter(
      'onestop_subgraph_desk_events_total',
      'Desk events applied (API and imports): recorded, replayed (idempotent repeat) or refused',
      ['type', 'outcome'],
    );
    this.importedRows = f.counter(
      'onestop_subgraph_imported_rows_total',
      'Rows of desk export files: imported, already imported or rejected',
      ['outcome'],
    );
    poolGauge(this.registry, poolState);
  }
}

const byDataSource = new WeakMap<DataSource, SubgraphMetrics>();

export function attachSubgraphMetrics(ds: DataSource, metrics: SubgraphMetrics): void {
  byDataSource.set(ds, metrics);
}

/** The metrics of the subgraph serving this data source (undefined in a command: import, seed). */
export function subgraphMetrics(ds: DataSource): SubgraphMetrics | undefined {
  return byDataSource.get(ds);
}

/** The pool of a data source: open and idle connections (MySQL), or one connection (SQLite). */
export function poolState(ds: DataSource | undefined, statisticsWorkers?: number): Record<string, number> {
  if (!ds?.isInitialized) return {};
  const pool = (ds.driver as any).pool;
  const state: Record<string, number> = pool?._allConnections
    ? { open: pool._allConnections.length, idle: pool._freeConnections.length }
    : { open: 1 };
  if (statisticsWorkers !== undefined) state.statistics_workers = statisticsWorkers;
  return state;
}
