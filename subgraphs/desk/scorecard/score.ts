import { BadUserInputError } from '../../shared/errors';
import type { MetricDefinition, ScorecardVersion, ScoringRule } from './definitions';
import type { FactName, UnitFacts } from './facts';

export interface MetricScore {
  code: string;
  nameVi: string;
  nameEn: string;
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, 4 decimals (a percentage to 2); null when the denominator is 0. */
  ratio: number | null;
  points: number;
  maximum: number;
  /** False when nothing was due (denominator 0): the portal shows N/A. */
  applicable: boolean;
  rule: ScoringRule;
}

export interface GroupScore {
  code: string;
  nameVi: string;
  nameEn: string;
  points: number;
  maximum: number;
  metrics: MetricScore[];
}

export interface Scorecard {
  version: string;
  points: number;
  maximum: number;
  groups: GroupScore[];
}

/**
 * The scorecard of one unit (or a pool of units) for one period.
 *
 * Rounding: each metric's points are rounded half up to 2 decimals from the exact fraction
 * (integer arithmetic, no floating-point drift); group totals are the sums of the rounded
 * metric points and the total the sum of the groups, so the figures shown always add up.
 */
export function scoreFacts(version: ScorecardVersion, facts: Partial<UnitFacts>): Scorecard {
  const groups = version.groups.map((group) => {
    const metrics = group.metrics.map((metric) => scoreMetric(version, metric, facts));
    const cents = metrics.reduce((sum, metric) => sum + toCents(metric.points), 0);
    return {
      code: group.code,
      nameVi: group.nameVi,
      nameEn: group.nameEn,
      points: cents / 100,
      maximum: group.maxPoints,
      metrics,
    };
  });
  const cents = groups.reduce((sum, group) => sum + toCents(group.points), 0);
  const maximum = version.groups.reduce((sum, group) => sum + group.maxPoints, 0);
  return { version: version.id, points: cents / 100, maximum, groups };
}

export function scoreMetric(
  version: ScorecardVersion,
  metric: MetricDefinition,
  facts: Partial<UnitFacts>,
): MetricScore {
  const { numerator, denominator } = metricCounts(metric, facts);
  const base = {
    code: metric.code,
    nameVi: metric.nameVi,
    nameEn: metric.nameEn,
    numerator,
    denominator,
    maximum: metric.maxPoints,
    rule: metric.rule,
  };
  const maxCents = toCents(metric.maxPoints);
  if (denominator === 0) {
    const cents = version.zeroDenominator === 'FULL' ? maxCents : 0;
    return { ...base, ratio: null, points: cents / 100, applicable: false };
  }
  const ratio = Number(roundHalfUp(BigInt(numerator) * 10000n, BigInt(denominator))) / 10000;
  return { ...base, ratio, points: pointsCents(metric.rule, maxCents, numerator, denominator) / 100, applicable: true };
}

/** Numerator and denominator of a metric from the facts, after checking the facts it reads. */
export function metricCounts(
  metric: MetricDefinition,
  facts: Partial<UnitFacts>,
): { numerator: number; denominator: number } {
  const denominator = fact(facts, metric.denominator);
  const plus = metric.numerator.plus.reduce((sum, name) => sum + fact(facts, name), 0);
  const minus = (metric.numerator.minus ?? []).reduce((sum, name) => sum + fact(facts, name), 0);
  if (plus > denominator) {
    throw new BadUserInputError(
      `metric ${metric.code}: ${metric.numerator.plus.join(' + ')} (${plus}) exceeds ${metric.denominator} (${denominator})`,
      'facts',
    );
  }
  // The published "100 % minus shares" formulas can go below 0 when shares overlap; 0 is the floor.
  return { numerator: Math.max(0, plus - minus), denominator };
}

function pointsCents(rule: ScoringRule, maxCents: number, numerator: number, denominator: number): number {
  const max = BigInt(maxCents);
  const num = BigInt(numerator);
  const den = BigInt(denominator);
  switch (rule.kind) {
    case 'INFORMATIONAL':
      return 0;
    case 'LINEAR':
      return Number(roundHalfUp(max * num, den));
    case 'SATURATING': {
      const pct = BigInt(rule.fullAtPercent);
      if (num * 100n >= den * pct) return maxCents;
      return Number(roundHalfUp(max * num * 100n, den * pct));
    }
  }
}

function fact(facts: Partial<UnitFacts>, name: FactName): number {
  const value = facts[name];
  if (value === undefined) throw new BadUserInputError(`fact ${name} is missing`, 'facts');
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BadUserInputError(`fact ${name} must be a whole count of 0 or more, not ${value}`, 'facts');
  }
  return value;
}

/** a ÷ b rounded half up, for a ≥ 0 and b > 0. */
function roundHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

export function toCents(points: number): number {
  return Math.round(points * 100);
}
