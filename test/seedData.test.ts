import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../subgraphs/commune/communeSubgraph';
import { COMMUNE_PERIODS, DISTRICT_PROCEDURES, readCommunes } from '../subgraphs/commune/seed/seedCommune';
import { districtSubgraph } from '../subgraphs/district/districtSubgraph';
import { DISTRICT_PERIODS } from '../subgraphs/district/seed/seedDistrict';
import { loadCalendar } from '../subgraphs/desk/calendar/holidaySeed';
import { openDatabase } from '../subgraphs/shared/database';
import { vnDate } from '../subgraphs/shared/dates';
import { DossierEntity, type Dossier } from '../subgraphs/desk/dossiers/dossierEntity';
import { generateDossiers } from '../subgraphs/desk/seed/generateDossiers';
import { readDeskCatalogue } from '../subgraphs/desk/seed/seedDesks';
import { repoFile } from '../subgraphs/shared/paths';
import { testDatabase } from './support/testDatabases';

/** The seeded rows themselves, read back from each desk's database. */
describe.each([
  ['district', districtSubgraph, 'district', DISTRICT_PERIODS],
  ['commune', communeSubgraph, 'commune', COMMUNE_PERIODS],
] as const)('the %s desk seed', (name, definition, folder, periods) => {
  let ds: DataSource;
  let dossiers: Dossier[];
  // The commune desks also handle the district's procedures from 2025-07-01.
  const catalogue = readDeskCatalogue(
    repoFile('subgraphs', folder, 'seed'),
    folder === 'commune' ? DISTRICT_PROCEDURES : undefined,
  );
  const limits = new Map(catalogue.forGenerator.map((p) => [p.code, p]));

  beforeAll(async () => {
    ds = await openDatabase(testDatabase(name), definition);
    dossiers = await ds.getRepository(DossierEntity).find();
  });
  afterAll(() => ds.destroy());

  test('has every dossier of every seeded period', () => {
    expect(dossiers).toHaveLength(periods.reduce((s, p) => s + p.received, 0));
  });

  // Periods with a mix (June and the second half of 2021) pause, deny and withdraw some dossiers.
  const plain = (d: Dossier) => !periods.some((p) => p.mix && d.receivedOn >= p.from && d.receivedOn <= p.to);

  test('each due day is the receipt day plus the time limit in force then and the paused working days', async () => {
    const calendar = await loadCalendar(ds);
    const wrong = dossiers.filter((d) => {
      const procedure = limits.get(d.procedureCode)!;
      return (
        d.dueOn !==
        calendar.addWorkingDays(
          calendar.addWorkingDays(d.receivedOn, procedure.timeLimitOn(d.receivedOn)),
          d.pausedDays,
        )
      );
    });
    expect(wrong.map((d) => d.code)).toEqual([]);
    const simplifiedLater = dossiers.filter(
      (d) =>
        limits.get(d.procedureCode)!.timeLimitOn(d.receivedOn) !==
        limits.get(d.procedureCode)!.timeLimitOn('2021-12-31'),
    );
    expect(simplifiedLater.length).toBeGreaterThan(0); // some dossiers predate a shorter limit
  });

  test('stored days are the Hà Nội days of the stored instants; resolution follows receipt, on time outside the mixed periods', () => {
    const wrong = dossiers.filter(
      (d) =>
        d.receivedOn !== vnDate(d.receivedAt) ||
        (d.resolvedAt !== null &&
          (d.resolvedOn !== vnDate(d.resolvedAt) || d.resolvedAt.getTime() <= d.receivedAt.getTime())) ||
        (plain(d) && (d.status !== 'RESOLVED' || d.resolvedOn! > d.dueOn)),
    );
    expect(wrong.map((d) => d.code)).toEqual([]);
  });

  test('the mixed periods have late, denied, withdrawn and supplemented dossiers, every one closed', () => {
    const mixed = dossiers.filter((d) => !plain(d));
    const count = (test: (d: Dossier) => boolean) => mixed.filter(test).length;
    expect(count((d) => d.status === 'RESOLVED' && (d.resolvedOn! > d.dueOn || d.supplementCount > 1))).toBeGreaterThan(
      mixed.length * 0.02,
    );
    expect(count((d) => d.status === 'DENIED')).toBeGreaterThan(mixed.length * 0.01);
    expect(count((d) => d.status === 'WITHDRAWN')).toBeGreaterThan(mixed.length * 0.005);
    expect(count((d) => d.supplementCount > 0 && d.pausedDays > 0)).toBeGreaterThan(mixed.length * 0.03);
    expect(count((d) => d.closedOn === null)).toBe(0);
  });

  test('dossiers use only procedures in force on their receipt day, and desks staff only working days', async () => {
    const calendar = await loadCalendar(ds);
    expect(dossiers.filter((d) => !limits.get(d.procedureCode)!.inForceOn(d.receivedOn))).toEqual([]);
    expect(dossiers.filter((d) => d.channel !== 'ONLINE' && !calendar.isWorkingDay(d.receivedOn))).toEqual([]);
    const channels = new Set(dossiers.map((d) => d.channel));
    expect(channels).toEqual(new Set(['IN_PERSON', 'ONLINE', 'POST']));
  });

  test('codes are unit, receipt day and a daily sequence, unique', () => {
    expect(new Set(dossiers.map((d) => d.code)).size).toBe(dossiers.length);
    const wrong = dossiers.filter(
      (d) => d.code !== `${d.unitCode}-${d.receivedOn.slice(2).replaceAll('-', '')}-${d.code.slice(-4)}`,
    );
    expect(wrong).toEqual([]);
  });

  test('the open dossiers at the end of the report window are not overdue then', () => {
    const open = dossiers.filter(
      (d) => d.receivedOn >= '2020-12-16' && d.receivedOn <= '2021-05-31' && d.closedOn! > '2021-05-31',
    );
    expect(open.length).toBe(name === 'district' ? 373 : 494);
    expect(open.filter((d) => d.dueOn <= '2021-05-31')).toEqual([]);
  });
});

describe('the dossier generator', () => {
  test('is deterministic: the same inputs give the same dossiers', async () => {
    const ds = await openDatabase(testDatabase('commune'), communeSubgraph);
    const calendar = await loadCalendar(ds);
    await ds.destroy();
    const options = {
      seed: 7,
      calendar,
      units: readCommunes().map((c) => ({ code: c.code, weight: 1 })),
      procedures: readDeskCatalogue(repoFile('subgraphs', 'commune', 'seed')).forGenerator,
      periods: [{ from: '2021-05-01', to: '2021-05-31', received: 2000, resolvedByEnd: 1900 }],
    };
    expect(generateDossiers(options)).toEqual(generateDossiers(options));
  });
});
