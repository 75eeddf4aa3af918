import { dateWindow } from '../../shared/dates';
import type { BreakdownKeyArgs } from '../../desk/statistics/breakdownKeys';
import {
  decodeSpec,
  encodeSpec,
  FIGURE_FIELDS,
  type BreakdownKey,
  type FigureCounts,
} from '../../desk/statistics/figures';
import { mergeRows } from '../../desk/statistics/dossierStatistics';
import { boundRows } from '../../shared/statisticsBounds';
import type { BreakdownResolvers } from '../generated/resolvers.generated';

/** What `Report.breakdown` returns and the gateway hands back: the entity's key fields. */
export interface BreakdownParent extends BreakdownKeyArgs {
  /**
   * As asked by `total`'s @requires: commune rows with their counts under `figures`. The key's
   * fields may be left out of a representation (the generated reference type says so); absent is null.
   */
  communeLevel?: { key: Partial<BreakdownKey>; figures: FigureCounts }[] | null;
}

const NO_KEY: BreakdownKey = {
  unitCode: null,
  level: null,
  sector: null,
  procedureCode: null,
  channel: null,
  month: null,
};

export const Breakdown: BreakdownResolvers = {
  // Representations come back through the gateway: window and spec are checked again.
  // `total`'s @requires input is held to the same row bound as any answered level.
  __resolveReference: (ref): BreakdownParent => ({
    ...ref,
    ...dateWindow(ref.from, ref.to),
    spec: decodeSpec(ref.spec),
    communeLevel: Array.isArray(ref.communeLevel)
      ? boundRows(ref.communeLevel, 'communeLevel (the input of total)')
      : ref.communeLevel,
  }),
  spec: (b) => encodeSpec(b.spec),
  by: (b) => b.spec.by,
  districtLevel: async (b, _, ctx) => boundRows(await ctx.loaders.breakdown.load(b), 'districtLevel'),
  total: async (b, _, ctx) => {
    if (!b.communeLevel) return null;
    const own = await ctx.loaders.breakdown.load(b);
    const commune = b.communeLevel.map((row) => ({
      key: { ...NO_KEY, ...row.key },
      counts: Object.fromEntries(FIGURE_FIELDS.map((f) => [f, row.figures[f]])) as unknown as FigureCounts,
    }));
    return boundRows(mergeRows([...own, ...commune]), 'total');
  },
};
