import type { DataSource } from 'typeorm';
import { readCsv } from '../../shared/csv';
import type { SeedPeriod } from '../../desk/seed/generateDossiers';
import { seedDesks } from '../../desk/seed/seedDesks';
import { REALISTIC_MIX } from '../../desk/seed/seedFates';
import { communePeriodsAfter2021 } from './laterPeriods';
import { repoFile } from '../../shared/paths';
import { CommuneEntity, type Commune, type CommuneKind } from '../entities/CommuneEntity';

const SEED_DIR = repoFile('subgraphs', 'commune', 'seed');

/** Relative desk traffic: the two towns and the market communes (Ninh Hiệp) are the busiest. */
const DESK_WEIGHT: Record<string, number> = {
  '00526': 7,
  '00529': 6,
  '00532': 5,
  '00535': 8,
  '00538': 4,
  '00541': 3,
  '00544': 5,
  '00547': 2,
  '00550': 4,
  '00553': 5,
  '00556': 6,
  '00559': 3,
  '00562': 4,
  '00565': 9,
  '00568': 3,
  '00571': 5,
  '00574': 2,
  '00577': 5,
  '00580': 4,
  '00583': 2,
  '00586': 2,
  '00589': 3,
};

/**
 * Receipt periods of the 22 commune desks together. The middle one is the report's window:
 * 61,494 received and 61,000 of them resolved by 31 May 2021 (F12-F14), all on time. June and
 * the second half of 2021 have a realistic mix of late, denied, supplemented and withdrawn ones, and so have the years after
 * (laterPeriods.ts), with the desks of the map of their day.
 */
export const COMMUNE_PERIODS: SeedPeriod[] = [
  { from: '2020-12-01', to: '2020-12-15', received: 5900 },
  { from: '2020-12-16', to: '2021-05-31', received: 61494, resolvedByEnd: 61000 },
  { from: '2021-06-01', to: '2021-06-30', received: 11800, mix: REALISTIC_MIX },
  { from: '2021-07-01', to: '2021-12-31', received: 69500, mix: REALISTIC_MIX },
  ...communePeriodsAfter2021(Object.entries(DESK_WEIGHT).map(([code, weight]) => ({ code, weight }))),
];

/**
 * The district's procedures, the commune desks' from 2025-07-01: the district desk received
 * about 120 dossiers a month beside the communes' 600, so they take a sixth of the traffic.
 */
export const DISTRICT_PROCEDURES = { seedDir: repoFile('subgraphs', 'district', 'seed'), share: 1 / 6 };

/** The commune-level units of the reference list (copied from the statistics office's codes). */
export function readCommunes(): Commune[] {
  return readCsv(repoFile('subgraphs', 'commune', 'seed', 'units.csv'))
    .filter((row) => row.kind === 'COMMUNE' || row.kind === 'TOWN' || row.kind === 'WARD')
    .map((row) => ({ code: row.code, name: row.name, kind: row.kind as CommuneKind, districtCode: row.parent_code }));
}

export interface CommuneSeedOptions {
  /** Seed only these units (tests use a two-commune district to show costs do not grow with units). */
  communeCodes?: string[];
  periods?: SeedPeriod[];
}

export async function seedCommune(ds: DataSource, options: CommuneSeedOptions = {}): Promise<void> {
  // One transaction: a seed interrupted halfway (Ctrl-C on the first start) leaves nothing, and
  // the next start seeds again instead of serving a half-seeded database as if it were whole.
  await ds.transaction(async (m) => {
    const communes = readCommunes().filter((c) => !options.communeCodes || options.communeCodes.includes(c.code));
    await m.getRepository(CommuneEntity).insert(communes);
    await seedDesks(m, {
      seedDir: SEED_DIR,
      seed: 2021_00526,
      units: communes.map((c) => ({ code: c.code, weight: DESK_WEIGHT[c.code] ?? 3 })),
      periods: options.periods ?? COMMUNE_PERIODS,
      districtProcedures: DISTRICT_PROCEDURES,
    });
  });
}

export async function communeIsEmpty(ds: DataSource): Promise<boolean> {
  return (await ds.getRepository(CommuneEntity).count()) === 0;
}
