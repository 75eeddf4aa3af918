import type { DataSource } from 'typeorm';
import { repoFile } from '../../shared/paths';
import type { SeedPeriod } from '../../desk/seed/generateDossiers';
import { seedDesks } from '../../desk/seed/seedDesks';
import { REALISTIC_MIX } from '../../desk/seed/seedFates';
import { DistrictEntity } from '../entities/DistrictEntity';
import { DISTRICT_PERIODS_AFTER_2021 } from './laterPeriods';

const SEED_DIR = repoFile('subgraphs', 'district', 'seed');

/**
 * Receipt periods of the district one-stop desk. The middle one is the report's window:
 * 12,989 received and 12,616 of them resolved by 31 May 2021 (F9-F11), all on time.
 * The days around it hold ordinary traffic, so windows reaching past it have data too; June
 * and the second half of 2021 have a realistic mix of late, denied, supplemented and withdrawn ones,
 * and so have the years after, until the district desk closed on 2025-06-30.
 */
export const DISTRICT_PERIODS: SeedPeriod[] = [
  { from: '2020-12-01', to: '2020-12-15', received: 1290 },
  { from: '2020-12-16', to: '2021-05-31', received: 12989, resolvedByEnd: 12616 },
  { from: '2021-06-01', to: '2021-06-30', received: 2580, mix: REALISTIC_MIX },
  { from: '2021-07-01', to: '2021-12-31', received: 15100, mix: REALISTIC_MIX },
  ...DISTRICT_PERIODS_AFTER_2021,
];

/** `periods` replaces the receipt periods (tests that write build a small desk of their own). */
export async function seedDistrict(ds: DataSource, options: { periods?: SeedPeriod[] } = {}): Promise<void> {
  // One transaction: a seed interrupted halfway (Ctrl-C on the first start) leaves nothing, and
  // the next start seeds again instead of serving a half-seeded database as if it were whole.
  await ds.transaction(async (m) => {
    await m.getRepository(DistrictEntity).insert({ code: '018', name: 'Huyện Gia Lâm', provinceCode: '01' });
    await seedDesks(m, {
      seedDir: SEED_DIR,
      seed: 2021_018,
      units: [{ code: '018', weight: 1 }],
      periods: options.periods ?? DISTRICT_PERIODS,
    });
  });
}

export async function districtIsEmpty(ds: DataSource): Promise<boolean> {
  return (await ds.getRepository(DistrictEntity).count()) === 0;
}
