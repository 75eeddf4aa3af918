import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** Seconds: the buckets of every latency histogram (a statement of 1 ms to a slow statistic). */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One subgraph's metrics, in a registry of its own (a test process runs three subgraphs and the
 * gateway). Labels are bounded: subgraph, operation label (knownOperations.ts), outcome (ok or
 * an error code), desk event type; never a value a client or an applicant wrote.
 */
export class SubgraphMetrics {
  readonly registry = new Registry();
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
    const registers = [this.registry];
    this.registry.setDefaultLabels({ subgraph });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'onestop_subgraph_requests_total',
      help: 'GraphQL requests answered, by operation label and outcome (ok or the first error code)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: 'onestop_subgraph_request_duration_seconds',
      help: 'Time to answer a GraphQL request',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.memoLookups = new Counter({
      name: 'onestop_subgraph_answer_memo_lookups_total',
      help: 'Statistics asked of the answer memo: hit (remembered) or miss (computed)',
      labelNames: ['result'],
      registers,
    });
    this.statements = new Counter({
      name: 'onestop_subgraph_sql_statements_total',
      help: 'SQL statements sent to the database (the statement counter)',
      registers,
    });
    this.statementSeconds = new Histogram({
      name: 'onestop_subgraph_sql_statement_duration_seconds',
      help: 'Time one SQL statement took, on the connection pool or a statistics worker',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.deskEvents = new Counter({
      name: 'onestop_subgraph_desk_events_total',
      help: 'Desk events applied (API and imports): recorded, replayed (idempotent repeat) or refused',
      labelNames: ['type', 'outcome'],
      registers,
    });
    this.importedRows = new Counter({
      name: 'onestop_subgraph_imported_rows_total',
      help: 'Rows of desk export files: imported, already imported or rejected',
      labelNames: ['outcome'],
      registers,
    });
    new Gauge({
      name: 'onestop_subgraph_db_pool_connections',
      help: 'Database connections: open and idle in the pool (MySQL), or statistics workers (SQLite)',
      labelNames: ['state'],
      registers,
      collect() {
        for (const [state, count] of Object.entries(poolState())) this.set({ state }, count);
      },
    });
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
