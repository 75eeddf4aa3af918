import { deskTypeResolvers, levelDeskEventMutation, ProcedureEntityResolvers } from '../../desk/resolvers';
import { CommuneEntity } from '../entities/CommuneEntity';
import type { Resolvers } from '../generated/resolvers.generated';
import { AreaThatWas } from './AreaThatWas';
import { Breakdown } from './Breakdown';
import { Commune } from './Commune';
import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';
import {
  DistrictScorecardOfCommunes,
  levelScorecardFactMutation,
  ScorecardResolvers,
  communeComplaints,
} from '../../desk/scorecard/resolvers';

/** The commune subgraph's resolvers: its own types, and the desk types' under the commune's names. */
export const resolvers = {
  Query,
  Mutation: {
    recordCommuneDeskEvent: levelDeskEventMutation('COMMUNE', CommuneEntity),
    recordCommuneScorecardFact: levelScorecardFactMutation('COMMUNE', CommuneEntity),
  },
  DistrictScorecard: DistrictScorecardOfCommunes,
  Scorecard: ScorecardResolvers,
  District,
  Commune,
  Report: { ...Report, communeDissatisfactionComplaints: communeComplaints },
  Breakdown,
  AreaThatWas,
  CommuneProcedure: ProcedureEntityResolvers,
  ...deskTypeResolvers,
} satisfies Resolvers;
