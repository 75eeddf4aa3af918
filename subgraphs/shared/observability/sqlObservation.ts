import type { DataSource, QueryRunner } from 'typeorm';
import { noteRead } from '../answerDependencies';
import { currentRequest } from './requestScope';
import type { SubgraphMetrics } from './subgraphMetrics';
import { childSpan, endSpan, SpanKind, type ServiceTracing } from './tracing';

export interface StatementObserver {
  /** Times `run` (one statement) and, inside a traced request, gives it a span. */
  around<T>(sql: string, run: () => Promise<T>): Promise<T>;
}

/** The statement's kind for a span name (SELECT, INSERT...), never its values. */
function operationOf(sql: string): string {
  return /^\s*(?:SET STATEMENT .*? FOR\s+)?(\w+)/i.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
}

export function statementObserver(
  metrics: SubgraphMetrics,
  tracing: ServiceTracing | undefined,
  system: string,
): StatementObserver {
  return {
    async around(sql, run) {
      noteRead(); // a statement outside a described section: the answer depends on everything
      const started = process.hrtime.bigint();
      const parent = tracing ? currentRequest()?.span : undefined;
      const span = parent && tracing ? childSpan(tracing.tracer, operationOf(sql), parent, SpanKind.CLIENT) : undefined;
      // Statement text has placeholders, not values (TypeORM and the statistics reader bind them).
      span?.setAttributes({ 'db.system.name': system, 'db.query.text': sql.slice(0, 2000) });
      try {
        const result = await run();
        if (span) endSpan(span);
        return result;
      } catch (error) {
        if (span) endSpan(span, (error as { code?: string })?.code ?? 'error');
        throw error;
      } finally {
        metrics.statementSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9);
      }
    },
  };
}

const WRAPPED = Symbol('observed');

/**
 * Every statement TypeORM sends goes through a query runner's `query`: each runner the driver
 * makes is wrapped once, so statements are timed and traced on SQLite and MySQL alike. (The
 * statistics workers' statements are wrapped where they are sent, statisticsReader.ts.)
 */
export function observeQueryRunners(ds: DataSource, observer: StatementObserver): void {
  const driver = ds.driver as { createQueryRunner(mode: string): QueryRunner };
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode) as QueryRunner & { [WRAPPED]?: true };
    if (!runner[WRAPPED]) {
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, ...rest: unknown[]) =>
        observer.around(sql, () => (query as any)(sql, ...rest))) as QueryRunner['query'];
      runner[WRAPPED] = true;
    }
    return runner;
  };
}

const observers = new WeakMap<DataSource, StatementObserver>();

export function attachStatementObserver(ds: DataSource, observer: StatementObserver): void {
  observers.set(ds, observer);
  observeQueryRunners(ds, observer);
}

/** The observer of a subgraph's data source (undefined in commands: seed, import). */
export function statementObserverOf(ds: DataSource): StatementObserver | undefined {
  return observers.get(ds);
}
