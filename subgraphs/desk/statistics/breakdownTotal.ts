import { mergeRows } from './dossierStatistics';
import { FIGURE_FIELDS, type BreakdownKey, type FigureCounts } from './figures';
import type { BreakdownCountsRow } from './statisticsLoaders';
import { boundRows } from '../../shared/statisticsBounds';

/**
 * Another level's breakdown rows as the gateway passes them in (`total`'s @requires): counts
 * under `figures`; a key's fields may be left out of a representation, and absent is null.
 */
export type PassedRows = { key: Partial<BreakdownKey>; figures: FigureCounts }[];

const NO_KEY: BreakdownKey = {
  unitCode: null,
  level: null,
  sector: null,
  procedureCode: null,
  channel: null,
  month: null,
};

/**
 * Passed-in rows held to the same row bound as any answered level, checked when the
 * representation is read, before any statement: a forged one cannot make the merge do more work.
 */
export function boundPassedRows<T extends PassedRows | null | undefined>(rows: T, level: string): T {
  return (Array.isArray(rows) ? boundRows(rows, `${level} (the input of total)`) : rows) as T;
}

/** A breakdown's `total`: this level's rows and the passed-in level's, rows with equal keys added, in key order. */
export function breakdownTotal(own: BreakdownCountsRow[], passed: PassedRows): BreakdownCountsRow[] {
  const other = passed.map((row) => ({
    key: { ...NO_KEY, ...row.key },
    counts: Object.fromEntries(FIGURE_FIELDS.map((f) => [f, row.figures[f]])) as unknown as FigureCounts,
  }));
  return boundRows(mergeRows([...own, ...other]), 'total');
}
