import { toCents, type MetricScore, type Scorecard } from './score';

export interface MetricChange {
  code: string;
  points: number;
  previousPoints: number | null;
  /** Change in points; null when the metric did not exist in the previous scorecard's version. */
  pointsChange: number | null;
  /** Change in ratio (4 decimals); null when either side has no ratio (nothing due). */
  ratioChange: number | null;
}

export interface ScorecardChange {
  version: string;
  previousVersion: string;
  /** True when the two periods were scored with different versions: compare with care. */
  versionChanged: boolean;
  pointsChange: number;
  groups: { code: string; points: number; previousPoints: number | null; pointsChange: number | null }[];
  metrics: MetricChange[];
}

/** The change of a scorecard against the previous period's, metric by metric (matched by code). */
export function diffScorecards(current: Scorecard, previous: Scorecard): ScorecardChange {
  const previousGroups = new Map(previous.groups.map((group) => [group.code, group]));
  const previousMetrics = new Map(previous.groups.flatMap((g) => g.metrics).map((metric) => [metric.code, metric]));
  return {
    version: current.version,
    previousVersion: previous.version,
    versionChanged: current.version !== previous.version,
    pointsChange: difference(current.points, previous.points),
    groups: current.groups.map((group) => {
      const before = previousGroups.get(group.code);
      return {
        code: group.code,
        points: group.points,
        previousPoints: before ? before.points : null,
        pointsChange: before ? difference(group.points, before.points) : null,
      };
    }),
    metrics: current.groups
      .flatMap((g) => g.metrics)
      .map((metric) => metricChange(metric, previousMetrics.get(metric.code))),
  };
}

function metricChange(metric: MetricScore, before: MetricScore | undefined): MetricChange {
  const ratioChange =
    before && metric.ratio !== null && before.ratio !== null
      ? Math.round((metric.ratio - before.ratio) * 10000) / 10000
      : null;
  return {
    code: metric.code,
    points: metric.points,
    previousPoints: before ? before.points : null,
    pointsChange: before ? difference(metric.points, before.points) : null,
    ratioChange,
  };
}

/** Differences of 2-decimal figures, in cents so that 0.1 − 0.3 is −0.2 and not −0.19999…. */
function difference(a: number, b: number): number {
  return (toCents(a) - toCents(b)) / 100;
}
