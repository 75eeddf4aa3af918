import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLScalarType } from 'graphql';
import { DateResolver } from 'graphql-scalars';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import { readForwardedIdentity } from './auth/forwardedIdentity';
import { cacheHintsPlugin } from './cacheHints';
import type { Identity } from './auth/identity';
import { databaseConfig, type DatabaseConfig, type SubgraphName } from './config';
import { openDatabase, type MigrationClass } from './database';
import type { Probe } from './httpServer';
import { maskError } from './maskError';
import { readSchema } from './paths';
import { StatementCounter } from './statementCounter';
import { replicaReadsOf } from './replicaReads';
import { answerMemo } from './answerMemo';
import { answerDependenciesPlugin } from './answerDependencies';
import { graphqlRequestPlugin } from './observability/graphqlRequestPlugin';
import { serviceLogger } from './observability/logger';
import { requestObserver, type RequestObserver } from './observability/observeRequests';
import { attachStatementObserver, statementObserver } from './observability/sqlObservation';
import { attachSubgraphMetrics, poolState, SubgraphMetrics } from './observability/subgraphMetrics';
import { statisticsReader } from './statisticsReader';
import { serviceTracing, type ServiceTracing, type TracingOptions } from './observability/tracing';

/**
 * A subgraph's resolvers, as buildSubgraphSchema takes them. Each subgraph types its map with
 * the resolver types generated from its SDL (`npm run codegen`); here it is only handed on.
 */
export type ResolverMap = Record<string, GraphQLScalarType | Record<string, unknown>>;

/** The resolver map type buildSubgraphSchema declares (the package exports the function, not the type). */
type SubgraphResolvers = Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers'];

/** What a subgraph folder provides; `openSubgraph` turns it into a running service. */
export interface SubgraphDefinition<C extends object> {
  name: SubgraphName;
  entities: MixedList<EntitySchema<any>>;
  migrations: MixedList<MigrationClass>;
  resolvers: ResolverMap;
  /** Types whose fields are public and cacheable (cacheHints.ts); anything else stays uncacheable. */
  publicTypes: readonly string[];
  /** Whether its responses tell the gateway which units they read or touched (answerDependencies.ts). */
  describesDependencies?: boolean;
  /** Fresh per-request state: DataLoaders over the shared data source, and who is asking. */
  createContext(dataSource: DataSource, identity: Identity): C;
  isEmpty(dataSource: DataSource): Promise<boolean>;
  seed(dataSource: DataSource): Promise<void>;
}

export interface SubgraphApp<C extends object> {
  name: SubgraphName;
  dataSource: DataSource;
  /** Counts every SQL statement the subgraph sends (asserted by the batching tests). */
  statements: StatementCounter;
  server: ApolloServer<C>;
  /** Prometheus metrics (observability/subgraphMetrics.ts), served on the metrics port. */
  metrics: SubgraphMetrics;
  /** Spans to an OTLP endpoint, when one is configured. */
  tracing?: ServiceTracing;
  /** Logs, measures and traces each HTTP request (given to listenHttp). */
  observer: RequestObserver;
  /** The context of one request; the identity is read from what the gateway forwarded. */
  context(req?: IncomingMessage): Promise<C>;
  ready(): Promise<Probe>;
  close(): Promise<void>;
}

export async function openSubgraph<C extends object>(
  definition: SubgraphDefinition<C>,
  database: DatabaseConfig = databaseConfig(definition.name),
  options: { seedIfEmpty?: boolean; tracing?: TracingOptions } = {},
): Promise<SubgraphApp<C>> {
  const logger = serviceLogger(definition.name);
  const opened: { dataSource?: DataSource } = {};
  const metrics = new SubgraphMetrics(definition.name, () => {
    const workers = opened.dataSource && statisticsReader(opened.dataSource)?.pool;
    return poolState(opened.dataSource, workers ? (workers as unknown as { size: number }).size : undefined);
  });
  const tracing = serviceTracing(definition.name, options.tracing);
  const statements = new StatementCounter(() => metrics.statements.inc());
  const dataSource = await openDatabase(database, {
    entities: definition.entities,
    migrations: definition.migrations,
    logger: statements,
  });
  opened.dataSource = dataSource;
  attachSubgraphMetrics(dataSource, metrics);
  attachStatementObserver(dataSource, statementObserver(metrics, tracing, database.kind));
  answerMemo(dataSource).onLookup = (hit) => metrics.memoLookups.inc({ result: hit ? 'hit' : 'miss' });
  if (options.seedIfEmpty && (await definition.isEmpty(dataSource))) {
    logger.info('empty database, seeding the Gia Lâm data set (first start only)');
    await definition.seed(dataSource);
    // Reads wait for the replicas to have the seed, as after any write (replicaReads.ts).
    await replicaReadsOf(dataSource)?.noteWrite();
  }
  const schema = buildSubgraphSchema({
    typeDefs: parse(readSchema(definition.name)),
    resolvers: { ...definition.resolvers, Date: DateResolver } as SubgraphResolvers,
  });
  const server = new ApolloServer<C>({
    schema,
    // Inline tracing would ship timing data in every response; this data stays on the machine.
    // Cache-control hints for public statistics, read from the operation (cacheHints.ts) instead
    // of by Apollo's plugin field by field; the gateway caches by them.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      cacheHintsPlugin(new Set(definition.publicTypes)),
      graphqlRequestPlugin<C>(),
      ...(definition.describesDependencies ? [answerDependenciesPlugin<C>()] : []),
    ],
    includeStacktraceInErrorResponses: false,
    formatError: maskError,
  });
  await server.start();
  return {
    name: definition.name,
    dataSource,
    statements,
    server,
    metrics,
    tracing,
    observer: requestObserver(logger, tracing, ({ record, seconds, outcome }) => {
      if (record.operation === undefined) return; // not a GraphQL request (/ready, a refusal before it)
      metrics.requests.inc({ operation: record.operation, outcome });
      metrics.requestSeconds.observe({ operation: record.operation }, seconds);
    }),
    context: async (req) => definition.createContext(dataSource, await readForwardedIdentity(req)),
    async ready() {
      try {
        await dataSource.query('SELECT 1');
        return { ok: true, body: { database: 'up' } };
      } catch {
        return { ok: false, body: { database: 'down' } };
      }
    },
    async close() {
      await server.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await tracing?.close();
    },
  };
}
