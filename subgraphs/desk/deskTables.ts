import { HolidayEntity } from './calendar/holidayEntity';
import { DeskEventEntity } from './events/deskEventEntity';
import { DeskEvents1764500000000 } from './migrations/deskEventMigration';
import { DossierEntity, DossierEventEntity } from './dossiers/dossierEntity';
import { dossierLifecycleMigration } from './migrations/lifecycleMigration';
import { OneStopDesk1764300000000 } from './migrations/oneStopMigration';
import type { ProcedureLevel } from './catalogue/procedureEntities';
import { ProcedureEntity, SimplificationEntity } from './catalogue/procedureEntities';
import { ClusteredRollups1765000000001 } from './migrations/clusteredRollupMigration';
import { MonthStocks1766000000000 } from './migrations/monthStockMigration';
import { UnitDayRollup1766000000001 } from './migrations/unitDayMigration';
import { CohortMonths1767000000000 } from './migrations/cohortMonthMigration';
import { DossierRollups1764600000000 } from './migrations/rollupMigration';
import { RollupVersions1764700000000 } from './migrations/rollupVersionMigration';
import { UnitsOverTime1764800000000 } from './migrations/unitsMigration';
import { ScorecardFacts1764900000000 } from './migrations/scorecardMigration';
import { SCORECARD_ENTITIES } from './scorecard/store/factTables';
import { ProcedureLevels1764950000000 } from './migrations/procedureLevelMigration';
import { DossierUnitPeriods1765000000000 } from './migrations/dossierUnitMigration';
import { ProcedureLevelEntity } from './catalogue/procedureLevels';
import { UnitLineageEntity, UnitPeriodEntity } from './units/unitTables';

/**
 * The tables every one-stop desk database has, whatever its level: listed once, so the district
 * and commune subgraphs cannot drift apart. Each adds its own unit table (districts, communes).
 * TypeORM runs migrations in timestamp order, whatever the order of the list.
 */
export const DESK_ENTITIES = [
  ProcedureEntity,
  SimplificationEntity,
  HolidayEntity,
  DossierEntity,
  DossierEventEntity,
  DeskEventEntity,
  UnitPeriodEntity,
  UnitLineageEntity,
  ...SCORECARD_ENTITIES,
  ProcedureLevelEntity,
];

export function deskMigrations(level: ProcedureLevel) {
  return [
    OneStopDesk1764300000000,
    dossierLifecycleMigration(level),
    DeskEvents1764500000000,
    DossierRollups1764600000000,
    RollupVersions1764700000000,
    UnitsOverTime1764800000000,
    ScorecardFacts1764900000000,
    ProcedureLevels1764950000000,
    DossierUnitPeriods1765000000000,
    ClusteredRollups1765000000001,
    MonthStocks1766000000000,
    UnitDayRollup1766000000001,
    CohortMonths1767000000000,
  ];
}
