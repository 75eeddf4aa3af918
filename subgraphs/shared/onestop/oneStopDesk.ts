import { HolidayEntity } from '../calendar/holidayEntity';
import { DeskEventEntity } from './deskEventEntity';
import { DeskEvents1764500000000 } from './deskEventMigration';
import { DossierEntity, DossierEventEntity } from './dossierEntity';
import { dossierLifecycleMigration } from './lifecycleMigration';
import { OneStopDesk1764300000000 } from './oneStopMigration';
import type { ProcedureLevel } from './procedureEntities';
import { ProcedureEntity, SimplificationEntity } from './procedureEntities';
import { DossierRollups1764600000000 } from './rollupMigration';
import { RollupVersions1764700000000 } from './rollupVersionMigration';

/**
 * The tables every one-stop desk database has, whatever its level: listed once, so the district
 * and commune subgraphs cannot drift apart. Each adds its own unit table (districts, communes).
 * TypeORM runs migrations in timestamp order, whatever the order of the list.
 */
export const ONE_STOP_ENTITIES = [ProcedureEntity, SimplificationEntity, HolidayEntity, DossierEntity, DossierEventEntity, DeskEventEntity];

export function oneStopMigrations(level: ProcedureLevel) {
  return [OneStopDesk1764300000000, dossierLifecycleMigration(level), DeskEvents1764500000000, DossierRollups1764600000000, RollupVersions1764700000000];
}
