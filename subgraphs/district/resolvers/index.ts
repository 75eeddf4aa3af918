import { DateTimeResolver } from 'graphql-scalars';
import { BreakdownRow } from '../../shared/onestop/resolvers/BreakdownRow';
import { Dossier } from '../../shared/onestop/resolvers/Dossier';
import { Procedure } from '../../shared/onestop/resolvers/Procedure';
import { ProcedureEntityResolvers } from '../../shared/onestop/resolvers/ProcedureEntity';
import { deskEventMutation, DeskEventResultResolvers } from '../../shared/onestop/resolvers/DeskEvent';
import { DistrictEntity } from '../entities/DistrictEntity';
import { Breakdown } from './Breakdown';
import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';

const Mutation = {
  recordDistrictDeskEvent: deskEventMutation('DISTRICT', (manager, code) => manager.getRepository(DistrictEntity).existsBy({ code })),
};

export const resolvers = { Query, Mutation, DeskEventResult: DeskEventResultResolvers, District, Report, Breakdown, BreakdownRow, Procedure, DistrictProcedure: ProcedureEntityResolvers, Dossier, DateTime: DateTimeResolver };
