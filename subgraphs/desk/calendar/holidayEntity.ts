import { EntitySchema } from 'typeorm';
import type { CalendarDayKind } from './WorkingCalendar';

export interface Holiday {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/**
 * Days off and swapped working days. District and commune each keep their own copy (each
 * subgraph owns its data), seeded from the same file.
 */
export const HolidayEntity = new EntitySchema<Holiday>({
  name: 'Holiday',
  tableName: 'holiday',
  columns: {
    date: { type: 'date', primary: true },
    kind: { type: 'varchar', length: 10 },
    name: { type: 'varchar', length: 120 },
  },
});
