import { DateTimeResolver } from 'graphql-scalars';
import { BreakdownRow } from '../../shared/onestop/resolvers/BreakdownRow';
import { Dossier } from '../../shared/onestop/resolvers/Dossier';
import { Procedure } from '../../shared/onestop/resolvers/Procedure';
import { ProcedureEntityResolvers } from '../../shared/onestop/resolvers/ProcedureEntity';
import { deskEventMutation, DeskEventResultResolvers } from '../../shared/onestop/resolvers/DeskEvent';
import { CommuneEntity } from '../entities/CommuneEntity';
import { Breakdown } from './Breakdown';
import { Commune } from './Commune';
import { District } from './District';
import { Query } from './Query';
import { Report } from './Report';

const Mutation = {
  recordCommuneDeskEvent: deskEventMutation('COMMUNE', (manager, code) => manager.getRepository(CommuneEntity).existsBy({ code })),
};

export const resolvers = { Query, Mutation, DeskEventResult: DeskEventResultResolvers, District, Commune, Report, Breakdown, BreakdownRow, Procedure, CommuneProcedure: ProcedureEntityResolvers, Dossier, DateTime: DateTimeResolver };
