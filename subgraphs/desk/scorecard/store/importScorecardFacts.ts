import type { DataSource } from 'typeorm';
import { importRows, type ImportOptions, type ImportReport } from '../../events/importEvents';
import type { ImportRow } from '../../events/readEventFile';
import { applyScorecardFact } from './applyScorecardFact';
import type { ScorecardFact } from './scorecardFacts';

/** A desk's scorecard-fact export, under the rules of its event imports (all or nothing unless `partial`). */
export function importScorecardFacts(
  ds: DataSource,
  rows: ImportRow<ScorecardFact>[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importRows(ds, rows, applyScorecardFact, options);
}
