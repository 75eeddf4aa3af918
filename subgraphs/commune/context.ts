import type { DataSource } from 'typeorm';
import { ANONYMOUS, type Identity } from '../shared/auth/identity';
import { createCommuneLoaders, type CommuneLoaders } from './loaders';

/** Per-request state: fresh loaders over the shared data source, so nothing is cached across requests. */
export interface CommuneContext {
  dataSource: DataSource;
  identity: Identity;
  loaders: CommuneLoaders;
}

export function createCommuneContext(dataSource: DataSource, identity: Identity = ANONYMOUS): CommuneContext {
  return { dataSource, identity, loaders: createCommuneLoaders(dataSource) };
}
