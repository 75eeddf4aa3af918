import { readHolidayFile } from '../subgraphs/desk/calendar/holidaySeed';
import { WorkingCalendar } from '../subgraphs/desk/calendar/WorkingCalendar';
import { vnDate, vnInstant } from '../subgraphs/shared/dates';

const calendar = new WorkingCalendar(readHolidayFile());

describe('the Vietnamese working-day calendar', () => {
  test('Tết 2021 (10-16 February) is skipped', () => {
    expect(calendar.isWorkingDay('2021-02-09')).toBe(true);
    for (const day of ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16']) {
      expect(calendar.isWorkingDay(day)).toBe(false);
    }
    // Received Tuesday 9 Feb with 3 working days: 17, 18, 19 Feb.
    expect(calendar.addWorkingDays('2021-02-09', 3)).toBe('2021-02-19');
  });

  test('30 April - 3 May 2021 is skipped, 3 May being the day off in lieu of Saturday 1 May', () => {
    expect(calendar.isWorkingDay('2021-04-30')).toBe(false);
    expect(calendar.isWorkingDay('2021-05-03')).toBe(false);
    // Received Thursday 29 April with 2 working days: 4 and 5 May.
    expect(calendar.addWorkingDays('2021-04-29', 2)).toBe('2021-05-05');
  });

  test('Giỗ Tổ Hùng Vương 2021 (21 April) is a day off', () => {
    expect(calendar.addWorkingDays('2021-04-20', 1)).toBe('2021-04-22');
  });

  test('a swapped Saturday is a working day (4 May 2024 worked for 29 April)', () => {
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
  });

  test('a same-day procedure received on a day off is due the next working day', () => {
    expect(calendar.addWorkingDays('2021-05-29', 0)).toBe('2021-05-31');
    expect(calendar.addWorkingDays('2021-05-31', 0)).toBe('2021-05-31');
  });

  test('a dossier received at 23:30 on 31 May, Hà Nội time, belongs to 31 May in any server zone', () => {
    const instant = vnInstant('2021-05-31', 23 * 60 + 30);
    expect(instant.toISOString()).toBe('2021-05-31T16:30:00.000Z');
    expect(vnDate(instant)).toBe('2021-05-31');
    expect(vnDate(new Date('2021-05-31T17:00:00.000Z'))).toBe('2021-06-01');
  });

  test('the holiday file covers 2020 to 2026 with unique, sorted dates', () => {
    const dates = readHolidayFile().map((h) => h.date);
    expect([...new Set(dates)]).toEqual(dates);
    expect([...dates].sort()).toEqual(dates);
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025, 2026]) {
      expect(dates.some((d) => d.startsWith(`${year}-01-01`))).toBe(true);
    }
  });
});
