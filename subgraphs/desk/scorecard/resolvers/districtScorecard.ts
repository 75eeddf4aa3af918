import type { DeskResolverContext } from '../../deskContext';
import { parsePeriod, type PeriodKind } from '../period';
import { COUNTED_FACTS, type CountedFacts } from '../store/factSql';
import type { UnitScope } from '../store/readFacts';
import { scorecardView } from '../store/scorecardView';
import { periodFacts, scopeScorecard, unitScope } from './levelScorecard';

/** A district's scorecard as an entity between the two desk subgraphs (its key fields). */
export interface DistrictScorecardKey {
  districtCode: string;
  period: PeriodKind;
  key: string;
  communeFacts?: FactCount[] | null;
}
export interface FactCount {
  name: string;
  current: number;
  previous: number;
}

/** District.scorecard: the key, after the period is checked (a bad key costs no fetch). */
export function districtScorecard(district: { code: string }, args: { period: PeriodKind; key: string }) {
  parsePeriod(args.period, args.key);
  return { districtCode: district.code, period: args.period, key: args.key };
}

/** The commune-level desks of a district, as the scope of its commune-level scorecard. */
export const communesOf = (districtCode: string): UnitScope => ({
  sql: 'SELECT code FROM commune WHERE district_code = ?',
  parameters: [districtCode],
});

const levelScorecard =
  (scope: (code: string) => UnitScope) => (ref: DistrictScorecardKey, _: unknown, ctx: DeskResolverContext) =>
    scopeScorecard(ctx.loaders, ctx.dataSource, scope(ref.districtCode), ref.period, ref.key);

/** The district subgraph's side: its own desk, and the pool with the commune level's facts. */
export const DistrictScorecardOfDistrict = {
  __resolveReference: (ref: DistrictScorecardKey) => ref,
  districtLevel: levelScorecard(unitScope),
  total: async (ref: DistrictScorecardKey, _: unknown, ctx: DeskResolverContext) => {
    if (!ref.communeFacts) return null;
    const { periods, facts } = periodFacts(
      ctx.loaders,
      ctx.dataSource,
      unitScope(ref.districtCode),
      ref.period,
      ref.key,
    );
    const own = await facts;
    const add = (mine: CountedFacts, side: 'current' | 'previous') => {
      const sum = { ...mine };
      for (const f of ref.communeFacts!) if (f.name in sum) sum[f.name as keyof CountedFacts] += f[side];
      return sum;
    };
    return scorecardView(
      periods,
      { current: add(own.current, 'current'), previous: add(own.previous, 'previous') },
      null,
    );
  },
};

/** The commune subgraph's side: the district's communes pooled, and their facts for `total`. */
export const DistrictScorecardOfCommunes = {
  __resolveReference: (ref: DistrictScorecardKey) => ref,
  communeLevel: levelScorecard(communesOf),
  communeFacts: async (ref: DistrictScorecardKey, _: unknown, ctx: DeskResolverContext): Promise<FactCount[]> => {
    const { facts } = periodFacts(ctx.loaders, ctx.dataSource, communesOf(ref.districtCode), ref.period, ref.key);
    const { current, previous } = await facts;
    return COUNTED_FACTS.map((name) => ({ name, current: current[name], previous: previous[name] }));
  },
};

/** Commune.scorecard: one unit's desk. */
export const unitScorecard = (
  unit: { code: string },
  args: { period: PeriodKind; key: string },
  ctx: DeskResolverContext,
) => scopeScorecard(ctx.loaders, ctx.dataSource, unitScope(unit.code), args.period, args.key);
