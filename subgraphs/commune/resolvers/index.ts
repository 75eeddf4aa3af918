import { deskTypeResolvers, levelDeskEventMutation, ProcedureEntityResolvers } from '../../desk/resolvers';
import { CommuneEntity } from '../entities/CommuneEntity';
import type { Resolvers } from '../generated/resolvers.generated';
import { AreaThatWas } from './AreaThatWas';
import { Breakdown } from './Breakdown';
import { Commune } from './Commune';
import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';

/** The commune subgraph's resolvers: its own types, and the desk types' under the commune's names. */
export const resolvers = {
  Query,
  Mutation: { recordCommuneDeskEvent: levelDeskEventMutation('COMMUNE', CommuneEntity) },
  District,
  Commune,
  Report,
  Breakdown,
  AreaThatWas,
  CommuneProcedure: ProcedureEntityResolvers,
  ...deskTypeResolvers,
} satisfies Resolvers;
