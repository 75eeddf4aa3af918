import { HolidayEntity } from '../shared/calendar/holidayEntity';
import { DossierEntity, DossierEventEntity } from '../shared/onestop/dossierEntity';
import { dossierLifecycleMigration } from '../shared/onestop/lifecycleMigration';
import { OneStopDesk1764300000000 } from '../shared/onestop/oneStopMigration';
import { ProcedureEntity, SimplificationEntity } from '../shared/onestop/procedureEntities';
import { DeskEventEntity } from '../shared/onestop/deskEventEntity';
import { DeskEvents1764500000000 } from '../shared/onestop/deskEventMigration';
import { DossierRollups1764600000000 } from '../shared/onestop/rollupMigration';
import type { SubgraphDefinition } from '../shared/subgraphApp';
import { createCommuneContext, type CommuneContext } from './context';
import { CommuneEntity } from './entities/CommuneEntity';
import { Communes1764300000001 } from './migrations/Communes1764300000001';
import { resolvers } from './resolvers';
import { communeIsEmpty, seedCommune } from './seed/seedCommune';

/** The commune subgraph: commune-level units, their shared catalogue and each commune desk's dossiers. */
export const communeSubgraph: SubgraphDefinition<CommuneContext> = {
  name: 'commune',
  entities: [DeskEventEntity, CommuneEntity, ProcedureEntity, SimplificationEntity, HolidayEntity, DossierEntity, DossierEventEntity],
  migrations: [OneStopDesk1764300000000, Communes1764300000001, dossierLifecycleMigration('COMMUNE'), DeskEvents1764500000000, DossierRollups1764600000000],
  resolvers: resolvers as any,
  createContext: createCommuneContext,
  isEmpty: communeIsEmpty,
  seed: (ds) => seedCommune(ds),
};
