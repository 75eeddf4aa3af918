import { largestRemainder } from './apportion';
import { Fraction, ONE, ZERO, add, fraction, mul } from './fraction';
import { CountRow, Figure, checkRow } from './countRows';
import { UnitPeriod } from './types';
import type { UnitModel } from './unitModel';

export const AREA_RULE =
  'Before its end the area is the unit and everything under it; after, every unit it became counts whole, ' +
  'except a unit whose desk is not ours (a ward that took a piece), which counts by its pieces from the area over all its pieces, as an estimate.';

export interface AreaRow {
  readonly period: string;
  /** The area's figures. */
  readonly figures: Record<string, Figure>;
  /** What the same input rows hold outside the area, so area + rest is always the raw total. */
  readonly rest: Record<string, number>;
}

export interface AreaAnswer {
  readonly counting: 'AREA_THAT_WAS';
  readonly area: UnitPeriod;
  readonly rule: string;
  readonly rows: AreaRow[];
}

/** How much of a unit's figures belong to the area, and whether that share is an estimate. */
export function areaShare(
  model: UnitModel,
  area: UnitPeriod,
  unit: UnitPeriod,
): { share: Fraction; estimate: boolean } {
  if (unit.key === area.key || isUnder(unit, area)) return { share: ONE, estimate: false };
  if (!becameOf(model, area.key).has(unit.key)) return { share: ZERO, estimate: false };
  if (unit.outside && !unit.outside.deskInScope) {
    return { share: fraction(unit.outside.piecesFromReference, unit.outside.pieces), estimate: true };
  }
  return { share: ONE, estimate: false };
}

function isUnder(unit: UnitPeriod, area: UnitPeriod): boolean {
  const within =
    (area.validFrom === null || (unit.validFrom ?? '') >= area.validFrom) &&
    (area.validTo === null || (unit.validTo !== null && unit.validTo <= area.validTo));
  return unit.parentCode === area.code && within;
}

/** Every unit the area's territory passed into, however many changes later. */
function becameOf(model: UnitModel, key: string, seen = new Set<string>()): Set<string> {
  for (const edge of model.successors(key)) {
    if (seen.has(edge.to)) continue;
    seen.add(edge.to);
    becameOf(model, edge.to, seen);
  }
  return seen;
}

/** "The area that was" a unit: its figures per period, before its end and after, continued through its successors. */
export function countAreaThatWas(model: UnitModel, areaKey: string, rows: readonly CountRow[]): AreaAnswer {
  const area = model.unit(areaKey);
  const byPeriod = new Map<
    string,
    { share: Fraction; estimate: boolean; figures: Readonly<Record<string, number>> }[]
  >();
  for (const row of rows) {
    const unit = checkRow(model, row);
    byPeriod.set(row.period, [
      ...(byPeriod.get(row.period) ?? []),
      { ...areaShare(model, area, unit), figures: row.figures },
    ]);
  }
  const answer: AreaRow[] = [];
  for (const [period, parts] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    const row: AreaRow = { period, figures: {}, rest: {} };
    for (const name of new Set(parts.flatMap((p) => Object.keys(p.figures)))) {
      let inside = ZERO;
      let total = 0n;
      let estimate = false;
      for (const p of parts) {
        const value = BigInt(p.figures[name] ?? 0);
        total += value;
        inside = add(inside, mul(p.share, { num: value, den: 1n }));
        estimate ||= p.estimate && value > 0n && p.share.num > 0n;
      }
      const [value, rest] = largestRemainder([
        inside,
        add({ num: total, den: 1n }, { num: -inside.num, den: inside.den }),
      ]);
      row.figures[name] = { value, estimate };
      row.rest[name] = rest;
    }
    answer.push(row);
  }
  return { counting: 'AREA_THAT_WAS', area, rule: AREA_RULE, rows: answer };
}
