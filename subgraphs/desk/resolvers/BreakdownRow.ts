import { dossierFigures, type BreakdownKey, type FigureCounts } from '../statistics/figures';

/** Rows carry only counts (all that travels between subgraphs); the derived figures are computed here. */
export const BreakdownRow = {
  figures: (row: { key: BreakdownKey; counts: FigureCounts }) => dossierFigures(row.counts),
};
