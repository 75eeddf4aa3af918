import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { DESK_EVENT_TYPES, type DeskEvent, type DeskEventType } from './deskEvents';
import type { ApplicantType, Channel } from '../dossiers/dossierEntity';

/** One line of an export: the record it holds, or why it cannot be read. */
export type ImportRow<T> =
  { line: number; event: T; error?: undefined } | { line: number; event?: undefined; error: string };
export type FileRow = ImportRow<DeskEvent>;

/** A line's fields as read, to the record they make (throws an Error naming what is wrong). */
export type ToRecord<T> = (record: Record<string, unknown>, unitCode: string) => T;

export const COLUMNS = [
  'eventId',
  'type',
  'at',
  'reference',
  'dossierCode',
  'procedureCode',
  'channel',
  'applicantType',
  'applicantName',
  'applicantIdNumber',
  'note',
] as const;
const CHANNELS: Channel[] = ['IN_PERSON', 'ONLINE', 'POST'];
const APPLICANT_TYPES: ApplicantType[] = ['CITIZEN', 'ORGANIZATION'];
// An instant must say its offset: a bare "2021-05-31 23:30" could be any day in UTC.
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function toEvent(record: Record<string, unknown>, unitCode: string): DeskEvent {
  const text = (field: string) => {
    const value = record[field];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string') throw new Error(`${field} must be text`);
    return value.trim();
  };
  const unknown = Object.keys(record).filter((k) => !(COLUMNS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new Error(`unknown field(s): ${unknown.join(', ')}`);
  const type = text('type');
  if (!type || !DESK_EVENT_TYPES.includes(type as DeskEventType))
    throw new Error(`type must be one of ${DESK_EVENT_TYPES.join(', ')}`);
  const at = text('at');
  if (!at || !INSTANT.test(at) || Number.isNaN(Date.parse(at)))
    throw new Error('at must be an ISO 8601 instant with its offset, like 2021-05-31T23:30:00+07:00');
  const channel = text('channel');
  if (channel && !CHANNELS.includes(channel as Channel))
    throw new Error(`channel must be one of ${CHANNELS.join(', ')}`);
  const applicantType = text('applicantType');
  if (applicantType && !APPLICANT_TYPES.includes(applicantType as ApplicantType))
    throw new Error(`applicantType must be one of ${APPLICANT_TYPES.join(', ')}`);
  return {
    eventId: text('eventId') ?? '',
    unitCode,
    type: type as DeskEventType,
    at: new Date(at),
    reference: text('reference'),
    dossierCode: text('dossierCode'),
    procedureCode: text('procedureCode'),
    channel: channel as Channel | null,
    applicantType: applicantType as ApplicantType | null,
    applicantName: text('applicantName'),
    applicantIdNumber: text('applicantIdNumber'),
    note: text('note'),
  };
}

function readCsvRows<T>(content: string, unitCode: string, toRecord: ToRecord<T>): ImportRow<T>[] {
  const records: Array<{ record: Record<string, string>; info: { lines: number } }> = parse(content, {
    columns: true,
    skip_empty_lines: true,
    info: true,
    relax_column_count: true,
  });
  return records.map(({ record, info }) => {
    try {
      return { line: info.lines, event: toRecord(record, unitCode) };
    } catch (error) {
      return { line: info.lines, error: (error as Error).message };
    }
  });
}

function readJsonLines<T>(content: string, unitCode: string, toRecord: ToRecord<T>): ImportRow<T>[] {
  const rows: ImportRow<T>[] = [];
  content.split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    try {
      const record = JSON.parse(text);
      if (typeof record !== 'object' || record === null || Array.isArray(record))
        throw new Error('a line must be a JSON object');
      rows.push({ line: i + 1, event: toRecord(record, unitCode) });
    } catch (error) {
      rows.push({ line: i + 1, error: error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message });
    }
  });
  return rows;
}

/** Reads a desk's export: CSV with a header row (`.csv`) or one JSON object a line (`.jsonl`). */
export function readEventFile(file: string, unitCode: string, format?: 'csv' | 'jsonl'): FileRow[] {
  return readRecordFile(file, unitCode, toEvent, format);
}

/** Reads any desk export (CSV with a header row, or JSON lines) into records, line by line. */
export function readRecordFile<T>(
  file: string,
  unitCode: string,
  toRecord: ToRecord<T>,
  format?: 'csv' | 'jsonl',
): ImportRow<T>[] {
  const content = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const kind = format ?? (file.endsWith('.jsonl') || file.endsWith('.ndjson') ? 'jsonl' : 'csv');
  return kind === 'jsonl' ? readJsonLines(content, unitCode, toRecord) : readCsvRows(content, unitCode, toRecord);
}
