import { HolidayEntity } from '../shared/calendar/holidayEntity';
import { DossierEntity, DossierEventEntity } from '../shared/onestop/dossierEntity';
import { dossierLifecycleMigration } from '../shared/onestop/lifecycleMigration';
import { OneStopDesk1764300000000 } from '../shared/onestop/oneStopMigration';
import { ProcedureEntity, SimplificationEntity } from '../shared/onestop/procedureEntities';
import { DeskEventEntity } from '../shared/onestop/deskEventEntity';
import { DeskEvents1764500000000 } from '../shared/onestop/deskEventMigration';
import { DossierRollups1764600000000 } from '../shared/onestop/rollupMigration';
import type { SubgraphDefinition } from '../shared/subgraphApp';
import { createDistrictContext, type DistrictContext } from './context';
import { DistrictEntity } from './entities/DistrictEntity';
import { Districts1764300000001 } from './migrations/Districts1764300000001';
import { resolvers } from './resolvers';
import { districtIsEmpty, seedDistrict } from './seed/seedDistrict';

/** The district subgraph: districts, the district-level catalogue and the district desk's dossiers. */
export const districtSubgraph: SubgraphDefinition<DistrictContext> = {
  name: 'district',
  entities: [DeskEventEntity, DistrictEntity, ProcedureEntity, SimplificationEntity, HolidayEntity, DossierEntity, DossierEventEntity],
  migrations: [OneStopDesk1764300000000, Districts1764300000001, dossierLifecycleMigration('DISTRICT'), DeskEvents1764500000000, DossierRollups1764600000000],
  resolvers: resolvers as any,
  createContext: createDistrictContext,
  isEmpty: districtIsEmpty,
  seed: (ds) => seedDistrict(ds),
};
