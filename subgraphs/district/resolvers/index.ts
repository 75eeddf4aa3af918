import { deskTypeResolvers, levelDeskEventMutation, ProcedureEntityResolvers } from '../../desk/resolvers';
import { DistrictEntity } from '../entities/DistrictEntity';
import type { Resolvers } from '../generated/resolvers.generated';
import { AreaThatWas } from './AreaThatWas';
import { Breakdown } from './Breakdown';
import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';
import {
  DistrictScorecardOfDistrict,
  levelScorecardFactMutation,
  ScorecardResolvers,
  districtComplaints,
} from '../../desk/scorecard/resolvers';

/** The district subgraph's resolvers: its own types, and the desk types' under the district's names. */
export const resolvers = {
  Query,
  Mutation: {
    recordDistrictDeskEvent: levelDeskEventMutation('DISTRICT', DistrictEntity),
    recordDistrictScorecardFact: levelScorecardFactMutation('DISTRICT', DistrictEntity),
  },
  DistrictScorecard: DistrictScorecardOfDistrict,
  Scorecard: ScorecardResolvers,
  District,
  Report: { ...Report, dissatisfactionComplaints: districtComplaints },
  Breakdown,
  AreaThatWas,
  DistrictProcedure: ProcedureEntityResolvers,
  ...deskTypeResolvers,
} satisfies Resolvers;
