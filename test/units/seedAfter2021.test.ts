import { DISTRICT_PERIODS } from '../../subgraphs/district/seed/seedDistrict';
import { readHolidayFile } from '../../subgraphs/desk/calendar/holidaySeed';
import { WorkingCalendar } from '../../subgraphs/desk/calendar/WorkingCalendar';
import { readCatalogue } from '../../subgraphs/desk/catalogue/catalogueSeed';
import { generateDesk } from '../../subgraphs/desk/seed/generateDossiers';
import { repoFile } from '../../subgraphs/shared/paths';

// The years after 2021 are added periods with random streams of their own: the dossiers and
// events of 2020-2021 (the record's window among them) are exactly those of the seed without them.
test('adding the years after 2021 leaves every dossier and event of 2020-2021 as it was', () => {
  const options = {
    seed: 2021_018,
    calendar: new WorkingCalendar(readHolidayFile()),
    units: [{ code: '018', weight: 1 }],
    procedures: readCatalogue(repoFile('subgraphs', 'district', 'seed')).forGenerator,
  };
  const until2021 = DISTRICT_PERIODS.filter((p) => p.to <= '2021-12-31');
  expect(until2021).toHaveLength(4);
  expect(DISTRICT_PERIODS.length).toBeGreaterThan(until2021.length);
  const before = generateDesk({ ...options, periods: until2021 });
  const after = generateDesk({ ...options, periods: DISTRICT_PERIODS });
  const early = after.dossiers.filter((d) => d.receivedOn <= '2021-12-31');
  expect(early).toEqual(before.dossiers);
  expect(after.events.filter((e) => e.dossierId <= early.length)).toEqual(before.events);
  expect(after.dossiers.filter((d) => d.receivedOn > '2021-12-31').length).toBe(
    DISTRICT_PERIODS.filter((p) => p.from > '2021-12-31').reduce((n, p) => n + p.received, 0),
  );
});
