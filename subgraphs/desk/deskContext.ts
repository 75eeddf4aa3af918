import type { DataSource } from 'typeorm';
import type { Identity } from '../shared/auth/identity';
import type { DeskLoaders } from './deskLoaders';

/**
 * What the desk resolvers (resolvers/) read from a request's context: both levels' contexts
 * (DeskContext of createDeskSubgraph.ts) have it, so the same resolvers serve either level.
 */
export interface DeskResolverContext {
  dataSource: DataSource;
  identity: Identity;
  loaders: { desk: DeskLoaders };
}
