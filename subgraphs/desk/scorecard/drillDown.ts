import { BadUserInputError } from '../../shared/errors';
import { findMetric, type ScorecardVersion } from './definitions';
import type { UnitFacts } from './facts';
import { scoreMetric, toCents } from './score';

/**
 * One row the drill-down is given: the facts one procedure (and, for integrators, one
 * dossier of it) contributes, e.g. { dossiersFeeBearing: 1, dossiersPaidOnline: 0 }.
 */
export interface DrillItem {
  procedureCode: string;
  dossierId?: string;
  facts: Partial<UnitFacts>;
}

export interface ProcedureShortfall {
  procedureCode: string;
  numerator: number;
  denominator: number;
  /** How many items this procedure fell short by (denominator − numerator). */
  shortfall: number;
  /** Its share of the points the metric lost, in proportion to its shortfall. */
  pointsLost: number;
  /** Dossiers of this procedure that fell short, when the items name dossiers. */
  dossiers: string[];
}

export interface DrillDown {
  metric: string;
  points: number;
  maximum: number;
  pointsLost: number;
  /** Points lost that no procedure can be blamed for (nothing was due, and that scores 0). */
  unattributedPointsLost: number;
  procedures: ProcedureShortfall[];
}

/**
 * Which procedures (and dossiers) cost a metric its points. The metric is scored from the
 * items themselves, so the parts always add up to the whole: the procedures' pointsLost sum
 * exactly to the metric's (largest remainder, 2 decimals). Largest shortfall first.
 */
export function drillDown(version: ScorecardVersion, metricCode: string, items: readonly DrillItem[]): DrillDown {
  const metric = findMetric(version, metricCode);
  if (!metric) throw new BadUserInputError(`no metric ${metricCode} in version ${version.id}`, 'metric');
  const rows = new Map<string, { numerator: number; denominator: number; dossiers: string[] }>();
  const pooled: Partial<UnitFacts> = {};
  for (const item of items) {
    const signed = signedCounts(metric.numerator, metric.denominator, item.facts);
    const row = rows.get(item.procedureCode) ?? { numerator: 0, denominator: 0, dossiers: [] };
    row.numerator += signed.numerator;
    row.denominator += signed.denominator;
    if (item.dossierId && signed.denominator > signed.numerator) row.dossiers.push(item.dossierId);
    rows.set(item.procedureCode, row);
    for (const [name, value] of Object.entries(item.facts) as [keyof UnitFacts, number][]) {
      pooled[name] = (pooled[name] ?? 0) + value;
    }
  }
  for (const name of [...metric.numerator.plus, ...(metric.numerator.minus ?? []), metric.denominator]) {
    pooled[name] ??= 0;
  }
  const score = scoreMetric(version, metric, pooled);
  const lostCents = toCents(score.maximum) - toCents(score.points);
  const short = [...rows.entries()]
    .map(([procedureCode, row]) => ({ procedureCode, ...row, shortfall: row.denominator - row.numerator }))
    .filter((row) => row.shortfall > 0)
    .sort((a, b) => b.shortfall - a.shortfall || a.procedureCode.localeCompare(b.procedureCode));
  const shares = apportion(
    lostCents,
    short.map((row) => row.shortfall),
  );
  return {
    metric: metric.code,
    points: score.points,
    maximum: score.maximum,
    pointsLost: lostCents / 100,
    unattributedPointsLost: short.length === 0 ? lostCents / 100 : 0,
    procedures: short.map((row, i) => ({
      procedureCode: row.procedureCode,
      numerator: row.numerator,
      denominator: row.denominator,
      shortfall: row.shortfall,
      pointsLost: shares[i] / 100,
      dossiers: row.dossiers,
    })),
  };
}

/** An item's numerator (without the floor at 0: overlapping shortfalls each cost) and denominator. */
function signedCounts(
  numerator: { plus: readonly (keyof UnitFacts)[]; minus?: readonly (keyof UnitFacts)[] },
  denominator: keyof UnitFacts,
  facts: Partial<UnitFacts>,
): { numerator: number; denominator: number } {
  const count = (name: keyof UnitFacts) => {
    const value = facts[name] ?? 0;
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new BadUserInputError(`fact ${name} must be a whole count of 0 or more, not ${value}`, 'items');
    }
    return value;
  };
  const plus = numerator.plus.reduce((sum, name) => sum + count(name), 0);
  const minus = (numerator.minus ?? []).reduce((sum, name) => sum + count(name), 0);
  return { numerator: plus - minus, denominator: count(denominator) };
}

/** Splits `total` cents in proportion to `weights`, largest remainder first, so the parts sum to total. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    parts[i] += 1;
  }
  return parts;
}
