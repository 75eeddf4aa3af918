import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { applyDeskEvent } from './deskEvents';
import { subgraphMetrics } from '../../shared/observability/subgraphMetrics';
import type { ProcedureLevel } from '../catalogue/procedureEntities';
import { retryTransaction } from '../../shared/retryTransaction';
import { writeTransaction } from '../../shared/writeTransaction';
import type { FileRow, ImportRow } from './readEventFile';

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

interface BatchResult {
  imported: number;
  alreadyImported: number;
  rejected: ImportReport['rejected'];
}

/** Thrown to roll the whole file back once every row has been checked. */
class RejectedFile extends Error {
  constructor(readonly result: BatchResult) {
    super('rejected rows');
  }
}

// With `partial`, rows are committed in batches: a crash loses at most the batch under way,
// and every committed row is whole.
const PARTIAL_BATCH = 500;

/**
 * Applies a desk's export with the same rules as the event API. Each row runs under a savepoint,
 * so a rejected row leaves nothing behind and the next row still runs: every bad line is
 * reported, not just the first. By default the file is one transaction, rolled back if any row
 * was rejected. A transaction that loses a race with a concurrent write (the same unit's first
 * dossier of a day, an event pushed through the API at the same moment, a deadlock) is run again
 * from its start, as the API's writes are (retryTransaction.ts); any other database failure
 * aborts the import and rolls back what is not committed.
 */
export function importEvents(
  ds: DataSource,
  level: ProcedureLevel,
  rows: FileRow[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importRows(ds, rows, (manager, event) => applyDeskEvent(manager, event, level), options);
}

/** Applies one row's record exactly once (a replay says so), or throws a GraphQLError naming the rule. */
export type ApplyRow<T> = (manager: EntityManager, event: T) => Promise<{ replayed: boolean }>;

/** importEvents' rules for any record a desk exports (desk events, scorecard facts). */
export async function importRows<T>(
  ds: DataSource,
  rows: ImportRow<T>[],
  apply: ApplyRow<T>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = { rows: rows.length, imported: 0, alreadyImported: 0, rejected: [], stored: false };
  const add = (result: BatchResult) => {
    report.imported += result.imported;
    report.alreadyImported += result.alreadyImported;
    report.rejected.push(...result.rejected);
  };
  // One attempt at a batch: counted afresh each time, so a retried attempt is not counted twice.
  const applyRows = async (manager: EntityManager, batch: ImportRow<T>[], offset: number): Promise<BatchResult> => {
    const result: BatchResult = { imported: 0, alreadyImported: 0, rejected: [] };
    for (const [i, row] of batch.entries()) {
      await applyRow(manager, apply, row, result);
      options.onProgress?.(offset + i + 1, rows.length);
    }
    return result;
  };
  if (options.partial) {
    for (let i = 0; i < rows.length; i += PARTIAL_BATCH) {
      add(
        await retryTransaction(() =>
          writeTransaction(ds, (manager) => applyRows(manager, rows.slice(i, i + PARTIAL_BATCH), i)),
        ),
      );
    }
    report.stored = report.imported > 0;
    return counted(ds, report);
  }
  return importWhole(ds, rows, report, add, applyRows);
}

/** The whole file in one transaction, rolled back when any row was rejected. */
async function importWhole<T>(
  ds: DataSource,
  rows: ImportRow<T>[],
  report: ImportReport,
  add: (result: BatchResult) => void,
  applyRows: (manager: EntityManager, batch: ImportRow<T>[], offset: number) => Promise<BatchResult>,
): Promise<ImportReport> {
  try {
    add(
      await retryTransaction(() =>
        writeTransaction(ds, async (manager) => {
          const result = await applyRows(manager, rows, 0);
          if (result.rejected.length > 0) throw new RejectedFile(result);
          return result;
        }),
      ),
    );
    report.stored = report.imported > 0;
  } catch (error) {
    if (!(error instanceof RejectedFile)) throw error;
    report.rejected = error.result.rejected;
  }
  return counted(ds, report);
}

/** Adds a finished import's rows to the subgraph's metrics (when it runs in one, not the command). */
function counted(ds: DataSource, report: ImportReport): ImportReport {
  const rows = subgraphMetrics(ds)?.importedRows;
  rows?.inc({ outcome: 'imported' }, report.stored ? report.imported : 0);
  rows?.inc({ outcome: 'already_imported' }, report.alreadyImported);
  rows?.inc({ outcome: 'rejected' }, report.rejected.length);
  return report;
}

/** One row under a savepoint: a rejected row leaves nothing behind and is counted with its reason. */
async function applyRow<T>(manager: EntityManager, apply: ApplyRow<T>, row: ImportRow<T>, result: BatchResult) {
  if (row.error !== undefined) {
    result.rejected.push({ line: row.line, reason: row.error });
    return;
  }
  await manager.query('SAVEPOINT import_row');
  try {
    const { replayed } = await apply(manager, row.event);
    await manager.query('RELEASE SAVEPOINT import_row');
    if (replayed) result.alreadyImported++;
    else result.imported++;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT import_row');
    result.rejected.push({ line: row.line, reason: error.message });
  }
}
