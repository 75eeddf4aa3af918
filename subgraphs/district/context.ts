import type { DataSource } from 'typeorm';
import { ANONYMOUS, type Identity } from '../shared/auth/identity';
import { createDistrictLoaders, type DistrictLoaders } from './loaders';

/** Per-request state: fresh loaders over the shared data source, so nothing is cached across requests. */
export interface DistrictContext {
  dataSource: DataSource;
  identity: Identity;
  loaders: DistrictLoaders;
}

export function createDistrictContext(dataSource: DataSource, identity: Identity = ANONYMOUS): DistrictContext {
  return { dataSource, identity, loaders: createDistrictLoaders(dataSource) };
}
