import { BadUserInputError } from '../../shared/errors';
import { percent } from './stats';
import type { Channel } from '../dossiers/dossierEntity';
import type { ProcedureLevel } from '../catalogue/procedureEntities';

/**
 * The counts one breakdown row carries between subgraphs (the @requires of `Breakdown.total`
 * lists exactly these): everything else is derived from them, the same way in both subgraphs.
 */
export interface FigureCounts {
  receivedNew: number;
  carriedOver: number;
  receivedOnline: number;
  receivedInPerson: number;
  receivedByPost: number;
  resolvedEarly: number;
  resolvedOnDueDay: number;
  resolvedLate: number;
  inProgressWithinDeadline: number;
  inProgressOverdue: number;
  denied: number;
  withdrawn: number;
  resolvedWorkingDays: number;
}

export const FIGURE_FIELDS: readonly (keyof FigureCounts)[] = [
  'receivedNew',
  'carriedOver',
  'receivedOnline',
  'receivedInPerson',
  'receivedByPost',
  'resolvedEarly',
  'resolvedOnDueDay',
  'resolvedLate',
  'inProgressWithinDeadline',
  'inProgressOverdue',
  'denied',
  'withdrawn',
  'resolvedWorkingDays',
];

export const ZERO_FIGURES: FigureCounts = Object.freeze(
  Object.fromEntries(FIGURE_FIELDS.map((f) => [f, 0])) as unknown as FigureCounts,
);

/** An object literal, not Object.fromEntries: every answer's rows are these, read by every resolver and serialiser. */
export function addFigures(a: FigureCounts, b: FigureCounts): FigureCounts {
  return {
    receivedNew: a.receivedNew + b.receivedNew,
    carriedOver: a.carriedOver + b.carriedOver,
    receivedOnline: a.receivedOnline + b.receivedOnline,
    receivedInPerson: a.receivedInPerson + b.receivedInPerson,
    receivedByPost: a.receivedByPost + b.receivedByPost,
    resolvedEarly: a.resolvedEarly + b.resolvedEarly,
    resolvedOnDueDay: a.resolvedOnDueDay + b.resolvedOnDueDay,
    resolvedLate: a.resolvedLate + b.resolvedLate,
    inProgressWithinDeadline: a.inProgressWithinDeadline + b.inProgressWithinDeadline,
    inProgressOverdue: a.inProgressOverdue + b.inProgressOverdue,
    denied: a.denied + b.denied,
    withdrawn: a.withdrawn + b.withdrawn,
    resolvedWorkingDays: a.resolvedWorkingDays + b.resolvedWorkingDays,
  };
}

/** The public `DossierFigures`: the counts and what follows from them. */
export function dossierFigures(c: FigureCounts) {
  const resolved = c.resolvedEarly + c.resolvedOnDueDay + c.resolvedLate;
  const handled = c.receivedNew + c.carriedOver;
  const onTime = c.resolvedEarly + c.resolvedOnDueDay;
  return {
    ...c,
    handled,
    resolved,
    inProgress: c.inProgressWithinDeadline + c.inProgressOverdue,
    onTimeRate: percent(onTime, resolved),
    onTimeRate766: percent(onTime + c.inProgressWithinDeadline, handled),
    onlineShare: percent(c.receivedOnline, c.receivedNew),
    averageProcessingDays: resolved === 0 ? null : Math.round((c.resolvedWorkingDays * 100) / resolved) / 100,
  };
}

export const DIMENSIONS = ['UNIT', 'LEVEL', 'SECTOR', 'PROCEDURE', 'CHANNEL', 'MONTH'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
const CHANNELS: readonly Channel[] = ['IN_PERSON', 'ONLINE', 'POST'];
const LEVELS: readonly ProcedureLevel[] = ['DISTRICT', 'COMMUNE'];

export interface StatsFilter {
  units?: string[];
  levels?: ProcedureLevel[];
  sectors?: string[];
  procedures?: string[];
  channels?: Channel[];
}

export interface BreakdownSpec {
  by: Dimension[];
  filter: StatsFilter;
}

export interface BreakdownKey {
  unitCode: string | null;
  level: ProcedureLevel | null;
  sector: string | null;
  procedureCode: string | null;
  channel: Channel | null;
  month: string | null;
}

const MAX_FILTER_VALUES = 500;

/**
 * Checks and normalises `by` and `filter` (sorted, no duplicates, so equal requests share a
 * cache key): BAD_USER_INPUT naming the argument otherwise. Enum values arrive checked by GraphQL;
 * they are checked again because the spec also comes back from another subgraph as a string.
 */
export function breakdownSpec(
  by: readonly string[],
  filter: Record<string, unknown> | null | undefined,
): BreakdownSpec {
  for (const d of by)
    if (!DIMENSIONS.includes(d as Dimension)) throw new BadUserInputError(`by: unknown dimension ${d}`, 'by');
  if (new Set(by).size !== by.length) throw new BadUserInputError('by names a dimension twice', 'by');
  const spec: BreakdownSpec = { by: DIMENSIONS.filter((d) => by.includes(d)), filter: {} };
  const list = <T extends string>(name: keyof StatsFilter, allowed?: readonly T[]): T[] | undefined => {
    const value = filter?.[name];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0 || v.length > 150)) {
      throw new BadUserInputError(`filter.${name} must be a list of non-empty names`, `filter.${name}`);
    }
    if (value.length > MAX_FILTER_VALUES)
      throw new BadUserInputError(`filter.${name} may list at most ${MAX_FILTER_VALUES} values`, `filter.${name}`);
    if (allowed && value.some((v) => !allowed.includes(v as T)))
      throw new BadUserInputError(`filter.${name} has an unknown value`, `filter.${name}`);
    return [...new Set(value as T[])].sort();
  };
  const f = {
    units: list('units'),
    levels: list('levels', LEVELS),
    sectors: list('sectors'),
    procedures: list('procedures'),
    channels: list('channels', CHANNELS),
  };
  for (const [k, v] of Object.entries(f)) if (v !== undefined) (spec.filter as Record<string, unknown>)[k] = v;
  return spec;
}

export function encodeSpec(spec: BreakdownSpec): string {
  return JSON.stringify(spec);
}

/** The spec of an entity representation (it comes back from the gateway as a string). */
export function decodeSpec(text: string): BreakdownSpec {
  let parsed: { by?: unknown; filter?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadUserInputError('spec is not a breakdown this API gave out', 'spec');
  }
  if (!Array.isArray(parsed?.by)) throw new BadUserInputError('spec is not a breakdown this API gave out', 'spec');
  return breakdownSpec(parsed.by, parsed.filter as Record<string, unknown>);
}
