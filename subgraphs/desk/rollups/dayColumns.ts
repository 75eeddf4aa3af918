/** The day rollup's columns and a change to the rollups (rollups.ts), in a module of their own so the tables built from the day rollup can import them. */
export const DAY_COLUMNS = [
  'received',
  'closed',
  'resolved_early',
  'resolved_on_due_day',
  'resolved_late',
  'denied',
  'withdrawn',
  'processing_days',
  'within_delta',
  'overdue_delta',
] as const;
export type DayColumn = (typeof DAY_COLUMNS)[number];

/** A change to the rollups, row by row: day rows keyed unit|day|procedure|channel, cohort rows by their key. */
export interface RollupDelta {
  day: Map<string, Record<DayColumn, number>>;
  cohort: Map<string, number>;
}
