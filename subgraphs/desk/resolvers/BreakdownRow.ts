import { dossierFigures } from '../statistics/figures';
import type { BreakdownRowResolvers } from '../generated/resolvers.generated';

/** Rows carry only counts (all that travels between subgraphs); the derived figures are computed here. */
export const BreakdownRow: BreakdownRowResolvers = {
  figures: (row) => dossierFigures(row.counts),
};
