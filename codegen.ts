import type { CodegenConfig } from '@graphql-codegen/cli';
import { readSchema } from './subgraphs/shared/paths';

/**
 * Resolver types generated from the SDL (`npm run codegen`; test/generatedTypes.test.ts fails
 * when a committed file is stale). Each subgraph's resolver map is typed with its own file, so a
 * renamed SDL field breaks `npm run typecheck`. Mappers name what resolvers really receive as
 * parent: the entity rows and the key shapes that travel between subgraphs.
 */
const DESK = '../../desk';
const deskMappers = (desk: string) => ({
  Procedure: `${desk}/catalogue/procedureEntities#Procedure as ProcedureRow`,
  Simplification: `${desk}/catalogue/procedureEntities#Simplification as SimplificationRow`,
  Dossier: `${desk}/dossiers/dossierEntity#Dossier as DossierRow`,
  DossierEvent: `${desk}/dossiers/dossierEntity#DossierEvent as DossierEventRow`,
  BreakdownRow: `${desk}/statistics/statisticsLoaders#BreakdownCountsRow`,
  DeskEventResult: `${desk}/events/deskEvents#DeskEventResult as DeskEventResultRow`,
  AdministrativeUnit: `${desk}/units/types#UnitPeriod`,
  UnitLineage: `${desk}/resolvers/AdministrativeUnit#LineageView`,
});

// The scorecard's types (schema/scorecard*.graphql): in the district and commune SDL, not the desk's.
const scorecardMappers = (desk: string) => ({
  Scorecard: `${desk}/scorecard/store/scorecardView#ScorecardView`,
  ScorecardDrillDown: `${desk}/scorecard/store/readDrillDown#DrillDownView`,
  ScorecardFactResult: `${desk}/scorecard/store/scorecardFacts#ScorecardFactResult as ScorecardFactResultRow`,
  FeedbackItem: `${desk}/scorecard/resolvers/ScorecardResolvers#FeedbackItemView`,
  DistrictScorecard: `${desk}/scorecard/resolvers/districtScorecard#DistrictScorecardKey`,
});

const shared = {
  federation: true,
  useTypeImports: true,
  enumsAsTypes: true,
  // Dates arrive parsed (graphql-scalars); resolvers may answer a Date or the YYYY-MM-DD string a row holds.
  scalars: {
    Date: { input: 'Date', output: 'Date | string' },
    DateTime: { input: 'Date', output: 'Date | string' },
  },
};

const output = (schema: string, config: Record<string, unknown>) => ({
  schema: readSchema(schema),
  plugins: ['typescript', 'typescript-resolvers'],
  config: { ...shared, ...config },
});

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    // The desk SDL alone, for the resolvers both desk subgraphs share (subgraphs/desk/resolvers):
    // they are written once against these types, and each desk subgraph's own file checks them
    // again where its resolver map takes them in.
    'subgraphs/desk/generated/resolvers.generated.ts': output('desk', {
      contextType: '../deskContext#DeskResolverContext',
      mappers: deskMappers('..'),
    }),
    'subgraphs/district/generated/resolvers.generated.ts': output('district', {
      contextType: '../context#DistrictContext',
      mappers: {
        ...deskMappers(DESK),
        ...scorecardMappers(DESK),
        District: '../entities/DistrictEntity#District as DistrictRow',
        Report: `${DESK}/statistics/statisticsLoaders#ReportKey`,
        Breakdown: `${DESK}/statistics/breakdownKeys#BreakdownKeyArgs`,
        DistrictProcedure: `${DESK}/resolvers/ProcedureEntity#ProcedureRef`,
        AreaThatWas: '../resolvers/AreaThatWas#AreaParent',
      },
    }),
    'subgraphs/commune/generated/resolvers.generated.ts': output('commune', {
      contextType: '../context#CommuneContext',
      mappers: {
        ...deskMappers(DESK),
        ...scorecardMappers(DESK),
        Commune: '../entities/CommuneEntity#Commune as CommuneRow',
        Report: '../resolvers/Report#ReportParent',
        Breakdown: '../resolvers/Breakdown#BreakdownParent',
        CommuneProcedure: `${DESK}/resolvers/ProcedureEntity#ProcedureRef`,
        AreaThatWas: `${DESK}/units/areaThatWas#AreaKey`,
      },
    }),
    'subgraphs/reform/generated/resolvers.generated.ts': output('reform', {
      contextType: '../context#ReformContext',
      mappers: {
        ReformPlan: '../entities/ReformPlanEntity#ReformPlan as ReformPlanRow',
        ReformTask: '../entities/ReformTaskEntity#ReformTask as ReformTaskRow',
        Directive: '../entities/DirectiveEntity#Directive as DirectiveRow',
        TaskNote: '../resolvers/ReformTask#NoteRow',
        TaskStatusChange: '../resolvers/ReformTask#StatusChangeRow',
        ProcedureLink: '../entities/TaskProcedureEntity#TaskProcedure',
        DistrictProcedure: '../resolvers/ProcedureLink#ProcedureRef',
        CommuneProcedure: '../resolvers/ProcedureLink#ProcedureRef',
      },
    }),
  },
};

export default config;
