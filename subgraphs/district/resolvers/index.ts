import { DateTimeResolver } from 'graphql-scalars';
import { BreakdownRow } from '../../shared/onestop/resolvers/BreakdownRow';
import { Dossier } from '../../shared/onestop/resolvers/Dossier';
import { Procedure } from '../../shared/onestop/resolvers/Procedure';
import { ProcedureEntityResolvers } from '../../shared/onestop/resolvers/ProcedureEntity';
import { Breakdown } from './Breakdown';
import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';

export const resolvers = { Query, District, Report, Breakdown, BreakdownRow, Procedure, DistrictProcedure: ProcedureEntityResolvers, Dossier, DateTime: DateTimeResolver };
