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
import type { DistrictContext } from '../context';

/** What `Report.breakdown` returns and the gateway hands back: the entity's key fields. */
export interface BreakdownParent extends BreakdownKeyArgs {
  /** As asked by `total`'s @requires: commune rows with their counts under `figures`. */
  communeLevel?: { key: BreakdownKey; figures: FigureCounts }[] | null;
}

export const Breakdown = {
  // Representations come back through the gateway: window and spec are checked again.
  // `total`'s @requires input is held to the same row bound as any answered level.
  __resolveReference: (ref: {
    districtCode: string;
    from: string;
    to: string;
    spec: string;
    communeLevel?: BreakdownParent['communeLevel'];
  }): BreakdownParent => ({
    ...ref,
    ...dateWindow(ref.from, ref.to),
    spec: decodeSpec(ref.spec),
    communeLevel: Array.isArray(ref.communeLevel)
      ? boundRows(ref.communeLevel, 'communeLevel (the input of total)')
      : ref.communeLevel,
  }),
  spec: (b: BreakdownParent) => encodeSpec(b.spec),
  by: (b: BreakdownParent) => b.spec.by,
  districtLevel: async (b: BreakdownParent, _: unknown, ctx: DistrictContext) =>
    boundRows(await ctx.loaders.breakdown.load(b), 'districtLevel'),
  total: async (b: BreakdownParent, _: unknown, ctx: DistrictContext) => {
    if (!b.communeLevel) return null;
    const own = await ctx.loaders.breakdown.load(b);
    const commune = b.communeLevel.map((row) => ({
      key: row.key,
      counts: Object.fromEntries(FIGURE_FIELDS.map((f) => [f, row.figures[f]])) as unknown as FigureCounts,
    }));
    return boundRows(mergeRows([...own, ...commune]), 'total');
  },
};
