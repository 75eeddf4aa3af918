import { parsePeriod, previousPeriod, type PeriodKind } from '../period';
import { readFacts, type Queryable, type UnitScope } from '../store/readFacts';
import { scorecardView, type ScorecardView } from '../store/scorecardView';
import type { CountedFacts } from '../store/factSql';

/** Scorecards already read in this request (by scope and period), so asking twice reads once. */
const memo = new WeakMap<object, Map<string, Promise<{ current: CountedFacts; previous: CountedFacts }>>>();

/** The facts of a scope for a period and the one before, read once per request. */
export function periodFacts(request: object, db: Queryable, scope: UnitScope, kind: PeriodKind, key: string) {
  const current = parsePeriod(kind, key);
  const previous = previousPeriod(current);
  const seen = memo.get(request) ?? new Map();
  memo.set(request, seen);
  const id = JSON.stringify([scope, kind, key]);
  if (!seen.has(id))
    seen.set(
      id,
      readFacts(db, scope, [current, previous]).then(([c, p]) => ({ current: c, previous: p })),
    );
  return { periods: { current, previous }, facts: seen.get(id)! };
}

/** The scorecard of the units in `scope` for a period. */
export async function scopeScorecard(
  request: object,
  db: Queryable,
  scope: UnitScope,
  kind: PeriodKind,
  key: string,
): Promise<ScorecardView> {
  const { periods, facts } = periodFacts(request, db, scope, kind, key);
  return scorecardView(periods, await facts, scope);
}

/** The scope of one unit's desk. */
export const unitScope = (unitCode: string): UnitScope => ({ sql: '?', parameters: [unitCode] });
