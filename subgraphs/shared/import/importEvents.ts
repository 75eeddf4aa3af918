import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { applyDeskEvent } from '../onestop/deskEvents';
import type { ProcedureLevel } from '../onestop/procedureEntities';
import { writeTransaction } from '../writeTransaction';
import type { FileRow } from './readEventFile';

export interface ImportReport {
  rows: number;
  imported: number;
  /** Events already recorded with the same content (a file imported again). */
  alreadyImported: number;
  rejected: Array<{ line: number; reason: string }>;
  /** Whether anything was written: all or nothing by default, the good rows with `partial`. */
  stored: boolean;
}

export interface ImportOptions {
  /** Keep the good rows when some are rejected (otherwise nothing is stored). */
  partial?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Thrown to roll the whole file back once every row has been checked. */
class RejectedFile extends Error {}

// With `partial`, rows are committed in batches: a crash loses at most the batch under way,
// and every committed row is whole.
const PARTIAL_BATCH = 500;

/**
 * Applies a desk's export with the same rules as the event API. Each row runs under a savepoint,
 * so a rejected row leaves nothing behind and the next row still runs: every bad line is
 * reported, not just the first. By default the file is one transaction, rolled back if any row
 * was rejected. A database failure aborts the import (and rolls back what is not committed).
 */
export async function importEvents(
  ds: DataSource,
  level: ProcedureLevel,
  rows: FileRow[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = { rows: rows.length, imported: 0, alreadyImported: 0, rejected: [], stored: false };
  let done = 0;

  const applyRows = async (manager: EntityManager, batch: FileRow[]) => {
    for (const row of batch) {
      if (row.error !== undefined) {
        report.rejected.push({ line: row.line, reason: row.error });
      } else {
        await manager.query('SAVEPOINT import_row');
        try {
          const { replayed } = await applyDeskEvent(manager, row.event, level);
          await manager.query('RELEASE SAVEPOINT import_row');
          if (replayed) report.alreadyImported++;
          else report.imported++;
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT import_row');
          if (!(error instanceof GraphQLError)) throw error;
          report.rejected.push({ line: row.line, reason: error.message });
        }
      }
      options.onProgress?.(++done, rows.length);
    }
  };

  if (options.partial) {
    for (let i = 0; i < rows.length; i += PARTIAL_BATCH) {
      await writeTransaction(ds, (manager) => applyRows(manager, rows.slice(i, i + PARTIAL_BATCH)));
    }
    report.stored = report.imported > 0;
    return report;
  }
  try {
    await writeTransaction(ds, async (manager) => {
      await applyRows(manager, rows);
      if (report.rejected.length > 0) throw new RejectedFile();
    });
    report.stored = report.imported > 0;
  } catch (error) {
    if (!(error instanceof RejectedFile)) throw error;
    report.imported = 0;
    report.alreadyImported = 0;
  }
  return report;
}
