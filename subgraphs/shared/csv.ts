import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Reads a CSV file with a header row into objects keyed by column name. */
export function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}
