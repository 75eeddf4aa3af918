import { findMetric } from '../definitions';
import { diffScorecards } from '../diff';
import type { Period, PeriodKind } from '../period';
import { scoreFacts, type GroupScore, type MetricScore } from '../score';
import { versionForPeriod } from '../versions';
import type { CountedFacts } from './factSql';
import type { UnitScope } from './readFacts';

export interface MetricView extends MetricScore {
  fullAtPercent: number | null;
  pointsChange: number | null;
}
export interface GroupView extends Omit<GroupScore, 'metrics'> {
  pointsChange: number | null;
  metrics: MetricView[];
}

/** A scorecard as the API answers it; `scope` is what its drill-down and feedback items read. */
export interface ScorecardView {
  period: PeriodKind;
  key: string;
  from: string;
  to: string;
  version: string;
  retroactive: boolean;
  points: number;
  maximum: number;
  previousKey: string;
  pointsChange: number;
  groups: GroupView[];
  feedback: {
    received: number;
    due: number;
    answeredOnTime: number;
    dissatisfiedOrOverdue: number;
    aboutProcedure: number;
    aboutStaff: number;
    dissatisfactionComplaints: number;
  };
  /** The units scored, for the drill-down; null for a pool across levels. */
  scope: UnitScope | null;
  periodWindow: Period;
}

/** The period's feedback, counted (what anonymous callers may see of it). */
function feedbackCounts(f: CountedFacts): ScorecardView['feedback'] {
  return {
    received: f.feedbackReceived,
    due: f.feedbackDue,
    answeredOnTime: f.feedbackOnTime,
    dissatisfiedOrOverdue: f.feedbackDissatisfiedOrOverdue,
    aboutProcedure: f.feedbackClassified - f.feedbackAboutStaff,
    aboutStaff: f.feedbackAboutStaff,
    dissatisfactionComplaints: f.feedbackDissatisfactionComplaints,
  };
}

/** Scores a period's and the previous period's facts, each with the version of its own period. */
export function scorecardView(
  periods: { current: Period; previous: Period },
  facts: { current: CountedFacts; previous: CountedFacts },
  scope: UnitScope | null,
): ScorecardView {
  const { version, retroactive } = versionForPeriod(periods.current.from);
  const current = scoreFacts(version, facts.current);
  const previous = scoreFacts(versionForPeriod(periods.previous.from).version, facts.previous);
  const change = diffScorecards(current, previous);
  const groupChange = new Map(change.groups.map((g) => [g.code, g.pointsChange]));
  const metricChange = new Map(change.metrics.map((m) => [m.code, m.pointsChange]));
  return {
    period: periods.current.kind,
    key: periods.current.key,
    from: periods.current.from,
    to: periods.current.to,
    version: version.id,
    retroactive,
    points: current.points,
    maximum: current.maximum,
    previousKey: periods.previous.key,
    pointsChange: change.pointsChange,
    groups: current.groups.map((group) => ({
      ...group,
      pointsChange: groupChange.get(group.code) ?? null,
      metrics: group.metrics.map((metric) => {
        const rule = findMetric(version, metric.code)?.rule;
        const fullAtPercent = rule?.kind === 'SATURATING' ? rule.fullAtPercent : null;
        return { ...metric, fullAtPercent, pointsChange: metricChange.get(metric.code) ?? null };
      }),
    })),
    feedback: feedbackCounts(facts.current),
    scope,
    periodWindow: periods.current,
  };
}
