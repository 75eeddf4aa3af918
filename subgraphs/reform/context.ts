import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ANONYMOUS, type Identity } from '../shared/auth/identity';
import { createReformLoaders, type ReformLoaders } from './loaders';

/** Per-request state: fresh loaders over the shared data source, so nothing is cached across requests. */
export interface ReformContext {
  dataSource: DataSource;
  identity: Identity;
  /** Recorded on every history row this request writes. */
  requestId: string;
  loaders: ReformLoaders;
}

export function createReformContext(dataSource: DataSource, identity: Identity = ANONYMOUS): ReformContext {
  return { dataSource, identity, requestId: randomUUID(), loaders: createReformLoaders(dataSource) };
}
