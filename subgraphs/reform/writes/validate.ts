import { toIsoDate } from '../../shared/dates';
import { BadUserInputError } from '../../shared/errors';

// Control characters other than tab and newline have no place in a planning text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A required text: trimmed, not empty, at most `max` characters. Errors name the field. */
export function text(field: string, value: unknown, max: number): string {
  if (typeof value !== 'string') throw new BadUserInputError(`${field} must be a string`, field);
  const trimmed = value.trim();
  if (trimmed === '') throw new BadUserInputError(`${field} must not be empty`, field);
  if (trimmed.length > max)
    throw new BadUserInputError(`${field} must be at most ${max} characters (got ${trimmed.length})`, field);
  if (CONTROL.test(trimmed)) throw new BadUserInputError(`${field} contains control characters`, field);
  return trimmed;
}

export function optionalText(field: string, value: unknown, max: number): string | null {
  return value === undefined || value === null ? null : text(field, value, max);
}

export function taskCode(field: string, value: unknown): string {
  const code = text(field, value, 40);
  if (!/^[A-Z0-9][A-Z0-9-]{2,39}$/.test(code)) {
    throw new BadUserInputError(`${field} must be 3-40 upper-case letters, digits or dashes, like CCHC-2021-22`, field);
  }
  return code;
}

export function units(field: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw new BadUserInputError(`${field} must be a list`, field);
  if (value.length > 30) throw new BadUserInputError(`${field} may name at most 30 units`, field);
  const list = value.map((unit, i) => text(`${field}[${i}]`, unit, 200));
  return [...new Set(list)];
}

/** A deadline inside the plan year or the year after it (work carried over). */
export function deadline(field: string, value: Date | string, planYear: number): string {
  const day = toIsoDate(value, field);
  const year = Number(day.slice(0, 4));
  if (year < planYear || year > planYear + 1) {
    throw new BadUserInputError(`${field} must fall in ${planYear} or ${planYear + 1}, got ${day}`, field);
  }
  return day;
}

export function version(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 1)
    throw new BadUserInputError('version must be a positive integer', 'version');
  return value as number;
}

export function idempotencyKey(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !/^[A-Za-z0-9_.:-]{1,100}$/.test(value)) {
    throw new BadUserInputError('idempotencyKey must be 1-100 letters, digits or _.:-', 'idempotencyKey');
  }
  return value;
}
