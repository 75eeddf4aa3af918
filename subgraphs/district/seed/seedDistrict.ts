import type { DataSource } from 'typeorm';
import { seedHolidays } from '../../shared/calendar/holidaySeed';
import { repoFile } from '../../shared/paths';
import { insertCatalogue, readCatalogue } from '../../shared/onestop/catalogueSeed';
import { DossierEntity } from '../../shared/onestop/dossierEntity';
import { generateDossiers, type SeedPeriod } from '../../shared/onestop/generateDossiers';
import { insertInChunks } from '../../shared/onestop/insertInChunks';
import { DistrictEntity } from '../entities/DistrictEntity';

const SEED_DIR = repoFile('subgraphs', 'district', 'seed');

/**
 * Receipt periods of the district one-stop desk. The middle one is the report's window:
 * 12,989 received and 12,616 of them resolved by 31 May 2021 (F9-F11), all on time.
 * The days around it hold ordinary traffic, so windows reaching past it have data too.
 */
export const DISTRICT_PERIODS: SeedPeriod[] = [
  { from: '2020-12-01', to: '2020-12-15', received: 1290 },
  { from: '2020-12-16', to: '2021-05-31', received: 12989, resolvedByEnd: 12616 },
  { from: '2021-06-01', to: '2021-06-30', received: 2580 },
];

export async function seedDistrict(ds: DataSource): Promise<void> {
  await ds.getRepository(DistrictEntity).insert({ code: '018', name: 'Huyện Gia Lâm', provinceCode: '01' });
  const catalogue = readCatalogue(SEED_DIR);
  await insertCatalogue(ds, catalogue);
  const calendar = await seedHolidays(ds);
  const dossiers = generateDossiers({
    seed: 2021_018,
    calendar,
    units: [{ code: '018', weight: 1 }],
    procedures: catalogue.forGenerator,
    periods: DISTRICT_PERIODS,
  });
  await insertInChunks(ds, DossierEntity, dossiers);
}

export async function districtIsEmpty(ds: DataSource): Promise<boolean> {
  return (await ds.getRepository(DistrictEntity).count()) === 0;
}

