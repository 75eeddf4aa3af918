import { BadUserInputError } from '../../shared/errors';
import { freezeVersion, versionProblems, type ScorecardVersion, type ZeroDenominatorRule } from './definitions';
import { VERSION_766_2022 } from './version766';

/** Every version ever used, oldest first. Past scorecards name theirs and are recomputed with it. */
export const SCORECARD_VERSIONS: readonly ScorecardVersion[] = Object.freeze([VERSION_766_2022]);

export function scorecardVersion(id: string, versions = SCORECARD_VERSIONS): ScorecardVersion {
  const version = versions.find((v) => v.id === id);
  if (!version) {
    throw new BadUserInputError(
      `unknown scorecard version "${id}"; known: ${versions.map((v) => v.id).join(', ')}`,
      'version',
    );
  }
  return version;
}

/**
 * The version for a period starting on `periodStart`: the newest one in effect by then.
 * Periods before the first version (2021 in the seed) are scored with the first version and
 * flagged retroactive, since no national scorecard existed yet.
 */
export function versionForPeriod(
  periodStart: string,
  versions = SCORECARD_VERSIONS,
): { version: ScorecardVersion; retroactive: boolean } {
  const inEffect = versions.filter((v) => v.effectiveFrom <= periodStart);
  if (inEffect.length > 0) return { version: inEffect[inEffect.length - 1], retroactive: false };
  return { version: versions[0], retroactive: true };
}

/** A change of formula: what differs from the base version. Everything else is copied. */
export interface VersionChange {
  id: string;
  effectiveFrom: string;
  description: string;
  zeroDenominator?: ZeroDenominatorRule;
  /** New "full at" thresholds (whole percent) by metric code; the metric must be SATURATING. */
  fullAtPercent?: Readonly<Record<string, number>>;
}

/**
 * A new version derived from an existing one. The base is left as it was (it is frozen), so
 * scorecards computed with it stay reproducible.
 */
export function deriveVersion(base: ScorecardVersion, change: VersionChange): ScorecardVersion {
  if (change.id === base.id) throw new BadUserInputError(`a new version needs a new id, not "${base.id}"`, 'id');
  const thresholds = { ...change.fullAtPercent };
  const groups = base.groups.map((group) => ({
    ...group,
    metrics: group.metrics.map((metric) => {
      const percent = thresholds[metric.code];
      if (percent === undefined) return { ...metric, numerator: { ...metric.numerator } };
      if (metric.rule.kind !== 'SATURATING') {
        throw new BadUserInputError(`metric ${metric.code} has no "full at" threshold to change`, 'fullAtPercent');
      }
      delete thresholds[metric.code];
      return {
        ...metric,
        numerator: { ...metric.numerator },
        rule: { kind: 'SATURATING', fullAtPercent: percent } as const,
      };
    }),
  }));
  const unknown = Object.keys(thresholds);
  if (unknown.length > 0) throw new BadUserInputError(`no metric ${unknown.join(', ')} in ${base.id}`, 'fullAtPercent');
  const version: ScorecardVersion = {
    id: change.id,
    effectiveFrom: change.effectiveFrom,
    description: change.description,
    zeroDenominator: change.zeroDenominator ?? base.zeroDenominator,
    groups,
  };
  const problems = versionProblems(version);
  if (problems.length > 0) throw new BadUserInputError(`version ${change.id}: ${problems.join('; ')}`, 'version');
  return freezeVersion(version);
}
