import { GraphQLError } from 'graphql';
import { ConfigError } from './config';
import { BadUserInputError, ErrorCode } from './errors';

/**
 * What one request may make the statistics do, read by the gateway (refusing before any
 * subgraph is asked) and by the subgraphs (refusing whatever reaches them). The defaults:
 * - days 2000-01-01 .. 2099-12-31: no one-stop desk kept records before 2003 (Decision
 *   181/2003/QĐ-TTg), and a window past the century is a typo, not a plan;
 * - 3,660 days: ten years with their leap days, a decade's dashboard in one question, so a
 *   MONTH breakdown has at most 121 periods;
 * - 15,000 rows at each level of a request's breakdowns: a year of one district by unit, sector
 *   and month is estimated at 14,400; the rows `total`'s @requires carries from the commune
 *   subgraph to the district one are then at most 8.2 MB (SUBGRAPH_BODY_LIMIT is 10 MB);
 * - 30 MB of answer: three levels at the row bound, every figure asked, are about 27.5 MB.
 */
export interface StatisticsBounds {
  oldestDay: string;
  newestDay: string;
  maxWindowDays: number;
  maxRows: number;
  maxResponseBytes: number;
  /** How long the gateway assumes the `districts` list is (Vietnam has about 700 districts). */
  districtsEstimate: number;
}

function day(variable: string, value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ConfigError(`${variable} must be a day written YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

function count(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new ConfigError(`${variable} must be a positive integer, got "${value}"`);
  return number;
}

/** STATS_OLDEST_DAY, STATS_NEWEST_DAY, STATS_MAX_WINDOW_DAYS, STATS_MAX_ROWS, MAX_RESPONSE_BYTES, STATS_DISTRICTS. */
export function statisticsBounds(env: NodeJS.ProcessEnv = process.env): StatisticsBounds {
  const bounds = {
    oldestDay: day('STATS_OLDEST_DAY', env.STATS_OLDEST_DAY, '2000-01-01'),
    newestDay: day('STATS_NEWEST_DAY', env.STATS_NEWEST_DAY, '2099-12-31'),
    maxWindowDays: count('STATS_MAX_WINDOW_DAYS', env.STATS_MAX_WINDOW_DAYS, 3660),
    maxRows: count('STATS_MAX_ROWS', env.STATS_MAX_ROWS, 15_000),
    maxResponseBytes: count('MAX_RESPONSE_BYTES', env.MAX_RESPONSE_BYTES, 30_000_000),
    districtsEstimate: count('STATS_DISTRICTS', env.STATS_DISTRICTS, 710),
  };
  if (bounds.oldestDay > bounds.newestDay) throw new ConfigError('STATS_OLDEST_DAY must not be after STATS_NEWEST_DAY');
  return bounds;
}

const DAY_MS = 24 * 3600 * 1000;
const utc = (isoDay: string) => Date.UTC(+isoDay.slice(0, 4), +isoDay.slice(5, 7) - 1, +isoDay.slice(8, 10));

/** Calendar days from `from` to `to`, both inclusive. */
export const windowDays = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY_MS) + 1;

/** Calendar months a window touches (its MONTH periods). */
export const windowMonths = (from: string, to: string) =>
  (+to.slice(0, 4) - +from.slice(0, 4)) * 12 + (+to.slice(5, 7) - +from.slice(5, 7)) + 1;

/**
 * Why a window of valid days is out of bounds, or undefined. A window with `from` after `to` is
 * left to the from <= to check, which says so in its own words.
 */
export function windowBoundsProblem(
  from: string,
  to: string,
  bounds: StatisticsBounds,
): { message: string; argument: string } | undefined {
  for (const [argument, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value < bounds.oldestDay)
      return {
        argument,
        message: `${argument} (${value}) is before ${bounds.oldestDay}, the oldest day a window may name`,
      };
    if (value > bounds.newestDay)
      return {
        argument,
        message: `${argument} (${value}) is after ${bounds.newestDay}, the newest day a window may name`,
      };
  }
  const days = windowDays(from, to);
  if (days > bounds.maxWindowDays) {
    return {
      argument: 'to',
      message: `the window from ${from} to ${to} is ${days} days long; the longest window is ${bounds.maxWindowDays} days`,
    };
  }
  return undefined;
}

export function checkWindowBounds(from: string, to: string, bounds = statisticsBounds()): void {
  const problem = windowBoundsProblem(from, to, bounds);
  if (problem) throw new BadUserInputError(problem.message, problem.argument);
}

/**
 * How many values a dimension is assumed to take in one district, before any data is read:
 * the largest districts have about 30 desks (Gia Lâm 23), a level's catalogue about 40 sectors
 * (33 and 28 here) and 300 procedures (272 and 155 here). A procedure fixes its sector and
 * level, and a desk its level, so those add no rows next to them.
 */
export const DIMENSION_ESTIMATES = { UNIT: 30, LEVEL: 2, SECTOR: 40, PROCEDURE: 300, CHANNEL: 3 } as const;
const FILTER_OF = {
  UNIT: 'units',
  LEVEL: 'levels',
  SECTOR: 'sectors',
  PROCEDURE: 'procedures',
  CHANNEL: 'channels',
} as const;

/** Rows one level of a breakdown of one district may answer: periods x the product of its dimensions' estimates. */
export function estimateBreakdownRows(
  from: string,
  to: string,
  by: readonly string[],
  filter?: Record<string, unknown> | null,
): number {
  const asked = new Set(by);
  let rows = asked.has('MONTH') && from <= to ? windowMonths(from, to) : 1;
  for (const dimension of Object.keys(DIMENSION_ESTIMATES) as (keyof typeof DIMENSION_ESTIMATES)[]) {
    if (!asked.has(dimension)) continue;
    if (dimension === 'LEVEL' && (asked.has('UNIT') || asked.has('PROCEDURE'))) continue;
    if (dimension === 'SECTOR' && asked.has('PROCEDURE')) continue;
    const listed = filter?.[FILTER_OF[dimension]];
    const estimate = DIMENSION_ESTIMATES[dimension];
    rows *= Array.isArray(listed) ? Math.min(new Set(listed).size, estimate) : estimate;
  }
  return rows;
}

/** Every row-bound message starts like the gateway's other limits, so clients see one code. */
export const TOO_MANY_ROWS = 'Query too complex';

export function tooManyRowsError(message: string): GraphQLError {
  return new GraphQLError(`${TOO_MANY_ROWS}: ${message}`, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });
}

/** A level's answered rows, or QUERY_TOO_COMPLEX naming the bound: never a silently cut answer. */
export function boundRows<T>(rows: T[], level: string, bounds = statisticsBounds()): T[] {
  if (rows.length <= bounds.maxRows) return rows;
  throw tooManyRowsError(
    `the breakdown's ${level} would answer ${rows.length} rows, the limit is ${bounds.maxRows} rows per level; narrow the window, the dimensions or the filter`,
  );
}
