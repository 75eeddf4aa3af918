import type { DataSource, EntityManager } from 'typeorm';
import { readCsv } from '../../shared/csv';
import { repoFile } from '../../shared/paths';
import { HolidayEntity, type Holiday } from './holidayEntity';
import { WorkingCalendar } from './WorkingCalendar';

/** Vietnam's official days off 2020-2026, as shipped with the repository. */
export function readHolidayFile(): Holiday[] {
  return readCsv(repoFile('subgraphs', 'desk', 'calendar', 'holidays.csv')).map((row) => ({
    date: row.date,
    kind: row.kind === 'WORKING' ? 'WORKING' : 'HOLIDAY',
    name: row.name,
  }));
}

export async function seedHolidays(ds: EntityManager): Promise<WorkingCalendar> {
  const holidays = readHolidayFile();
  await ds.createQueryBuilder().insert().into(HolidayEntity).values(holidays).updateEntity(false).execute();
  return new WorkingCalendar(holidays);
}

/** The calendar as the `holiday` table holds it now (edits to the table take effect on the next write). */
export async function loadCalendar(ds: DataSource | EntityManager): Promise<WorkingCalendar> {
  return new WorkingCalendar(await ds.getRepository(HolidayEntity).find());
}
