import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { seedCommune } from '../../subgraphs/commune/seed/seedCommune';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { seedDistrict } from '../../subgraphs/district/seed/seedDistrict';
import type { DataSource } from 'typeorm';
import { countRows } from '../support/countRows';
import { seedVariant } from '../support/seedVariant';
import { testDatabase } from '../support/testDatabases';

/** A small week of July 2021 at every desk: tests that write get databases of their own. */
const WEEK = [{ from: '2021-07-05', to: '2021-07-09', received: 400 }];

export async function deskDatabases(variant: string) {
  const district = testDatabase('district', variant);
  const commune = testDatabase('commune', variant);
  await seedVariant(district, districtSubgraph, (ds) => seedDistrict(ds, { periods: WEEK }));
  await seedVariant(commune, communeSubgraph, (ds) => seedCommune(ds, { periods: WEEK }));
  return { district, commune };
}

/** Rows of every table a desk writes: a refused event must leave them as they were. */
export const deskRows = (ds: DataSource) => countRows(ds, ['dossier', 'dossier_event', 'desk_event']);
