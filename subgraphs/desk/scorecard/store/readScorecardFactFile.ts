import { INSTANT, readRecordFile, type ImportRow } from '../../events/readEventFile';
import { SCORECARD_FACT_KINDS, type ScorecardFact, type ScorecardFactKind } from './scorecardFacts';

const FLAGS = [
  'paidOnline',
  'documentsDigitised',
  'resultElectronic',
  'reusedData',
  'sharedForReuse',
  'usedPopulationDb',
  'syncedToPortal',
  'aboutDissatisfaction',
  'satisfiedWithAnswer',
] as const;
const COUNTS = ['fee', 'certifiedCopies', 'certifiedElectronically'] as const;
const TEXTS = ['eventId', 'reference', 'dossierCode', 'verdict', 'feedbackId', 'classification'] as const;
/** The columns of a scorecard-fact export: ScorecardFactInput's fields, the unit given by the command. */
export const FACT_COLUMNS = ['kind', 'at', ...TEXTS, ...FLAGS, ...COUNTS] as const;

const ENUMS: Record<string, readonly string[]> = {
  verdict: ['LIKE', 'DISLIKE'],
  classification: ['PROCEDURE', 'STAFF', 'UNCLASSIFIED'],
};

function field(record: Record<string, unknown>, name: string): string | number | boolean | null {
  const value = record[name];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`${name} must be text, a number or true/false`);
}

function flag(record: Record<string, unknown>, name: string): boolean | null {
  const value = field(record, name);
  if (value === null || typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`${name} must be true or false`);
}

function count(record: Record<string, unknown>, name: string): number | null {
  const value = field(record, name);
  if (value === null) return null;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`${name} must be a whole number`);
  return n;
}

function text(record: Record<string, unknown>, name: string): string | null {
  const value = field(record, name);
  if (value !== null && ENUMS[name] && !ENUMS[name].includes(String(value)))
    throw new Error(`${name} must be one of ${ENUMS[name].join(', ')}`);
  return value === null ? null : String(value);
}

/** One line of a scorecard-fact export to the fact, with the import's own reasons for a bad line. */
export function toScorecardFact(record: Record<string, unknown>, unitCode: string): ScorecardFact {
  const unknown = Object.keys(record).filter((k) => !(FACT_COLUMNS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new Error(`unknown field(s): ${unknown.join(', ')}`);
  const kind = text(record, 'kind');
  if (!kind || !SCORECARD_FACT_KINDS.includes(kind as ScorecardFactKind))
    throw new Error(`kind must be one of ${SCORECARD_FACT_KINDS.join(', ')}`);
  const at = text(record, 'at');
  if (!at || !INSTANT.test(at) || Number.isNaN(Date.parse(at)))
    throw new Error('at must be an ISO 8601 instant with its offset, like 2021-05-31T23:30:00+07:00');
  const fact: Record<string, unknown> = { unitCode, kind, at: new Date(at) };
  for (const name of TEXTS) fact[name] = text(record, name);
  for (const name of FLAGS) fact[name] = flag(record, name);
  for (const name of COUNTS) fact[name] = count(record, name);
  fact.eventId ??= '';
  return fact as unknown as ScorecardFact;
}

/** Reads a desk's scorecard-fact export: CSV with a header row (`.csv`) or JSON lines (`.jsonl`). */
export function readScorecardFactFile(
  file: string,
  unitCode: string,
  format?: 'csv' | 'jsonl',
): ImportRow<ScorecardFact>[] {
  return readRecordFile(file, unitCode, toScorecardFact, format);
}
