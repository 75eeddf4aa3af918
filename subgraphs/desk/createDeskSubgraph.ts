import type { DataSource, EntitySchema } from 'typeorm';
import { ANONYMOUS, type Identity } from '../shared/auth/identity';
import type { SubgraphName } from '../shared/config';
import type { MigrationClass } from '../shared/database';
import type { ResolverMap, SubgraphDefinition } from '../shared/subgraphApp';
import type { ProcedureLevel } from './catalogue/procedureEntities';
import { DESK_ENTITIES, deskMigrations } from './deskTables';
import { createDeskLoaders, type DeskLoaders } from './deskLoaders';
import type { DeskResolverContext } from './deskContext';

/**
 * Per-request state of a desk subgraph: fresh loaders over the shared data source, and who is
 * asking. It extends what the shared desk resolvers read, so they serve either level.
 */
export interface DeskContext<L> extends DeskResolverContext {
  loaders: L & { desk: DeskLoaders };
}

/** What makes a desk subgraph of one level: its unit table, its own loaders, resolvers and seed. */
export interface DeskLevelOptions<L> {
  name: SubgraphName;
  level: ProcedureLevel;
  /** The level's unit table (districts, communes) and the migrations that create it. */
  unitEntity: EntitySchema<any>;
  unitMigrations: MigrationClass[];
  /** The level's own loaders (units, statistics); the desk's catalogue and dossier loaders are added. */
  createLoaders(dataSource: DataSource): L;
  /**
   * The level's resolver map, typed with the resolver types generated from its SDL: its own types
   * plus the desk types' (resolvers/index.ts), its desk-event mutation and its procedure entity.
   */
  resolvers: ResolverMap & { Query: Record<string, unknown> };
  /** Types whose answers are public statistics or catalogue, cacheable (cacheHints.ts). */
  publicTypes: readonly string[];
  isEmpty(dataSource: DataSource): Promise<boolean>;
  seed(dataSource: DataSource): Promise<void>;
}

/** Types of the desk SDL (schema/desk.graphql) that every desk level answers publicly. */
const DESK_PUBLIC_TYPES = [
  'Procedure',
  'ProcedureConnection',
  'ProcedureEdge',
  'PageInfo',
  'Report',
  'LevelReport',
  'DossierStats',
  'Breakdown',
  'BreakdownRow',
  'BreakdownKey',
  'DossierFigures',
  'Simplification',
  'AdministrativeUnit',
  'UnitLineage',
  'UnitOnDay',
];

/**
 * A one-stop desk subgraph (district or commune): the desk's tables, migrations and loaders,
 * shared by both levels, plus the level's unit table and resolvers.
 */
export function createDeskSubgraph<L>(options: DeskLevelOptions<L>): SubgraphDefinition<DeskContext<L>> {
  return {
    name: options.name,
    entities: [options.unitEntity, ...DESK_ENTITIES],
    migrations: [...options.unitMigrations, ...deskMigrations(options.level)],
    resolvers: options.resolvers,
    publicTypes: [...DESK_PUBLIC_TYPES, ...options.publicTypes],
    describesDependencies: true,
    createContext: (dataSource: DataSource, identity: Identity = ANONYMOUS) => ({
      dataSource,
      identity,
      loaders: { ...options.createLoaders(dataSource), desk: createDeskLoaders(dataSource) },
    }),
    isEmpty: options.isEmpty,
    seed: options.seed,
  };
}
