import { deskTypeResolvers, levelDeskEventMutation, ProcedureEntityResolvers } from '../../desk/resolvers';
import { DistrictEntity } from '../entities/DistrictEntity';
import type { Resolvers } from '../generated/resolvers.generated';
import { AreaThatWas } from './AreaThatWas';
import { Breakdown } from './Breakdown';
import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';

/** The district subgraph's resolvers: its own types, and the desk types' under the district's names. */
export const resolvers = {
  Query,
  Mutation: { recordDistrictDeskEvent: levelDeskEventMutation('DISTRICT', DistrictEntity) },
  District,
  Report,
  Breakdown,
  AreaThatWas,
  DistrictProcedure: ProcedureEntityResolvers,
  ...deskTypeResolvers,
} satisfies Resolvers;
