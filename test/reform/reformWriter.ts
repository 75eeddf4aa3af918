import type { DataSource } from 'typeorm';
import type { Identity, Role } from '../../subgraphs/shared/auth/identity';
import { createReformContext } from '../../subgraphs/reform/context';
import { reformSubgraph } from '../../subgraphs/reform/reformSubgraph';
import { seedReform } from '../../subgraphs/reform/seed/seedReform';
import { openSubgraph, type SubgraphApp } from '../../subgraphs/shared/subgraphApp';
import { countRows } from '../support/countRows';
import { seedVariant } from '../support/seedVariant';
import { testDatabase } from '../support/testDatabases';

/** A planner is bound to the seed's district, 018 (Gia Lâm), the one its tests write to. */
export const identity = (role: Role, subject: string | null = role === 'anonymous' ? null : `${role}-1`): Identity => ({
  role,
  subject,
  unitCode: null,
  ...(role === 'planner' ? { districts: ['018'] } : {}),
});

/** The reform subgraph over its own freshly seeded database, queried with a chosen identity. */
export async function openReformWriter(variant: string) {
  const database = testDatabase('reform', variant);
  await seedVariant(database, reformSubgraph, seedReform);
  const app: SubgraphApp<any> = await openSubgraph(reformSubgraph, database);
  const ds: DataSource = app.dataSource;
  async function run(query: string, variables: Record<string, unknown> = {}, who: Identity = identity('planner')) {
    const response = await app.server.executeOperation(
      { query, variables },
      { contextValue: createReformContext(ds, who) },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
  }
  /** Rows in every reform table: a refused write must leave all of them as they were. */
  const rowCounts = () =>
    countRows(ds, [
      'reform_plan',
      'reform_task',
      'task_status_change',
      'task_audit',
      'idempotency_key',
      'directive',
      'task_directive',
      'task_procedure',
    ]);
  return { app, ds, run, rowCounts, close: () => app.close() };
}

export const TASK_FIELDS = 'code version status title deadline leadUnit';
