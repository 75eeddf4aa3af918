import type { FactName } from './facts';

/**
 * How a metric's ratio becomes points.
 * - LINEAR: points = maximum × ratio.
 * - SATURATING: full points from `fullAtPercent` up; below it maximum × ratio ÷ fullAt.
 * - INFORMATIONAL: counted and shown, worth no points (e.g. feedback classification).
 */
export type ScoringRule =
  { kind: 'LINEAR' } | { kind: 'SATURATING'; fullAtPercent: number } | { kind: 'INFORMATIONAL' };

/** What to award when the denominator is 0 (nothing was due). */
export type ZeroDenominatorRule = 'ZERO' | 'FULL';

/**
 * numerator = Σ plus − Σ minus (floored at 0). A plain ratio has one `plus` fact and no
 * `minus`; the two "satisfaction" metrics are published as 100 % minus shares.
 */
export interface NumeratorExpression {
  plus: readonly FactName[];
  minus?: readonly FactName[];
}

export interface MetricDefinition {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  numerator: NumeratorExpression;
  denominator: FactName;
  rule: ScoringRule;
  /** Where the formula comes from and how sure we are of it. */
  source: string;
}

export interface GroupDefinition {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  /** The group of the published decision this group is (part of). */
  publishedAs: string;
  metrics: readonly MetricDefinition[];
}

export interface ScorecardVersion {
  id: string;
  /** First day (YYYY-MM-DD, Hà Nội) of the periods this version is meant for. */
  effectiveFrom: string;
  description: string;
  zeroDenominator: ZeroDenominatorRule;
  groups: readonly GroupDefinition[];
}

/** A version is frozen all the way down: a change of formula is a new version, never an edit. */
export function freezeVersion(version: ScorecardVersion): ScorecardVersion {
  for (const group of version.groups) {
    for (const metric of group.metrics) {
      Object.freeze(metric.numerator.plus);
      if (metric.numerator.minus) Object.freeze(metric.numerator.minus);
      Object.freeze(metric.numerator);
      Object.freeze(metric.rule);
      Object.freeze(metric);
    }
    Object.freeze(group.metrics);
    Object.freeze(group);
  }
  Object.freeze(version.groups);
  return Object.freeze(version);
}

/** Every metric of a version, in table order. */
export function metricsOf(version: ScorecardVersion): MetricDefinition[] {
  return version.groups.flatMap((group) => group.metrics);
}

export function findMetric(version: ScorecardVersion, code: string): MetricDefinition | undefined {
  return metricsOf(version).find((metric) => metric.code === code);
}

/**
 * The consistency a version must have before it may score anything: unique codes, points
 * that add up (metrics to their group, groups to 100), sane thresholds.
 * Returns the problems found; an empty list means the version is sound.
 */
export function versionProblems(version: ScorecardVersion): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  let total = 0;
  for (const group of version.groups) {
    let groupSum = 0;
    for (const metric of group.metrics) {
      if (codes.has(metric.code)) problems.push(`metric code ${metric.code} appears twice`);
      codes.add(metric.code);
      groupSum += metric.maxPoints;
      problems.push(...metricProblems(metric));
    }
    if (!sameCents(groupSum, group.maxPoints)) {
      problems.push(`group ${group.code}: metrics add up to ${groupSum}, the group is worth ${group.maxPoints}`);
    }
    total += group.maxPoints;
  }
  if (!sameCents(total, 100)) problems.push(`groups add up to ${total}, not 100`);
  return problems;
}

function metricProblems(metric: MetricDefinition): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(Math.round(metric.maxPoints * 100)) || metric.maxPoints < 0) {
    problems.push(`metric ${metric.code}: maximum ${metric.maxPoints} is not a non-negative amount of points`);
  }
  if (metric.rule.kind === 'INFORMATIONAL' && metric.maxPoints !== 0) {
    problems.push(`metric ${metric.code}: an informational metric is worth 0 points`);
  }
  if (metric.rule.kind === 'SATURATING') {
    const p = metric.rule.fullAtPercent;
    if (!Number.isInteger(p) || p < 1 || p > 100) {
      problems.push(`metric ${metric.code}: full-at threshold ${p} % must be a whole percentage from 1 to 100`);
    }
  }
  return problems;
}

function sameCents(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}
