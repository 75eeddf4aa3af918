import { Fraction } from './fraction';

export type UnitKind = 'PROVINCE' | 'DISTRICT' | 'COMMUNE' | 'WARD' | 'TOWN';

export const COMMUNE_LEVEL: readonly UnitKind[] = ['COMMUNE', 'WARD', 'TOWN'];

/**
 * One unit as it was for one period. A code alone is not an identity (00541 was Dương Hà, then
 * Thiên Đức, then the new Phù Đổng): the identity is the code plus the first day of the period.
 */
export interface UnitPeriod {
  /** `code@validFrom`, or `code@` for a unit already in force before the reference begins. */
  readonly key: string;
  readonly code: string;
  /** First day (YYYY-MM-DD); null when the unit was in force before the 2021 list. */
  readonly validFrom: string | null;
  /** Last day; null while still in force. */
  readonly validTo: string | null;
  readonly name: string;
  readonly kind: UnitKind;
  /** Code of the unit above it during this period (a code suffices: parents never overlap in a period). */
  readonly parentCode: string | null;
  /** Pieces of units outside the reference that it also took (the 2025 wards, Xã Gia Lâm...). */
  readonly outside: OutsidePieces | null;
}

export interface OutsidePieces {
  readonly clause: string;
  /** How many pieces the resolution formed it from, and how many of them are in the reference. */
  readonly pieces: number;
  readonly piecesFromReference: number;
  /** Whether its desk belongs to this data set (the four communes yes, the two wards no). */
  readonly deskInScope: boolean;
  readonly otherPieces: string;
}

export type Share = 'WHOLE' | 'PART';

/** One old unit's passage into one successor. */
export interface LineageEdge {
  readonly from: string;
  readonly to: string;
  readonly share: Share;
  /** The first day of the successor. */
  readonly day: string;
  readonly resolution: string;
  /** The share of the old unit's figures this successor takes when counting onto today's units. */
  readonly weight: Fraction;
  /** One sentence on why that weight (the apportionment rule applied). */
  readonly weightRule: string;
  readonly sources: readonly string[];
  readonly note: string;
}

export function unitKey(code: string, validFrom: string | null): string {
  return `${code}@${validFrom ?? ''}`;
}

export class UnitsInputError extends Error {
  readonly code = 'BAD_USER_INPUT';
}
