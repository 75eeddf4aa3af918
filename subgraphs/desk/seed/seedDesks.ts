import type { EntityManager } from 'typeorm';
import { seedHolidays } from '../calendar/holidaySeed';
import { insertCatalogue, readCatalogue, withDistrictProcedures } from '../catalogue/catalogueSeed';
import { DossierEntity, DossierEventEntity } from '../dossiers/dossierEntity';
import { generateDesk, type SeedPeriod, type SeedUnit } from './generateDossiers';
import { insertInChunks } from './insertInChunks';
import { rebuildRollups } from '../rollups/rollupBuild';
import { seedScorecardFacts } from '../scorecard/store/seedScorecardFacts';
import { receivingPeriods } from '../units/receivingPeriod';
import { UnitPeriodEntity } from '../units/unitTables';

export interface DeskSeed {
  /** The level's seed folder (its catalogue files). */
  seedDir: string;
  /** Seed of the random stream: the same seed always gives the same dossiers. */
  seed: number;
  units: SeedUnit[];
  periods: SeedPeriod[];
  /**
   * Commune level only: the district catalogue's folder and the share of traffic its procedures
   * take at the commune desks from 2025-07-01, when the district desk closed.
   */
  districtProcedures?: { seedDir: string; share: number };
}

/** The catalogue a level's desks are seeded from: its own, and for the commune level the district's. */
export function readDeskCatalogue(seedDir: string, districtProcedures?: DeskSeed['districtProcedures']) {
  const own = readCatalogue(seedDir);
  if (!districtProcedures) return own;
  return withDistrictProcedures(own, readCatalogue(districtProcedures.seedDir, 'DISTRICT'), districtProcedures.share);
}

/**
 * What the district and commune seeds share, inside the caller's transaction once it has
 * inserted its units: the level's catalogue, the holidays, the desks' generated dossiers and
 * their events, and the statistic rollups of the units that got dossiers.
 */
export async function seedDesks(manager: EntityManager, options: DeskSeed): Promise<void> {
  const catalogue = readDeskCatalogue(options.seedDir, options.districtProcedures);
  await insertCatalogue(manager, catalogue);
  const calendar = await seedHolidays(manager);
  const { dossiers, events } = generateDesk({
    seed: options.seed,
    calendar,
    units: options.units,
    procedures: catalogue.forGenerator,
    periods: options.periods,
  });
  // Each dossier keeps the unit (code and period) that received it: the periods are the
  // reference's, already in the database (the units migration).
  const periodOf = receivingPeriods(await manager.getRepository(UnitPeriodEntity).find());
  for (const d of dossiers) d.unitValidFrom = periodOf(d.unitCode, d.receivedOn);
  await insertInChunks(manager, DossierEntity, dossiers);
  await insertInChunks(manager, DossierEventEntity, events);
  await seedScorecardFacts(manager, calendar);
  await rebuildRollups(manager, [...new Set(dossiers.map((d) => d.unitCode))].sort());
}
