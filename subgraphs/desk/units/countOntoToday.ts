import { vnDate } from '../../shared/dates';
import { largestRemainder } from './apportion';
import { Fraction, ONE, ZERO, add, mul } from './fraction';
import { CountAnswer, CountRow, CountedRow, Figure, byPeriodThenCode, checkRow } from './countRows';
import { APPORTIONMENT_RULE } from './shareRules';
import { UnitsInputError } from './types';
import type { UnitModel } from './unitModel';

/** Where one historical unit's figures end up today, and whether a split decided it. */
export type Destinations = Map<string, { weight: Fraction; viaSplit: boolean }>;

/** Follows the lineage from a unit to the units in force on `today`, multiplying shares along the way. */
export function destinationsOf(
  model: UnitModel,
  key: string,
  today: string,
  memo = new Map<string, Destinations>(),
): Destinations {
  const known = memo.get(key);
  if (known) return known;
  const unit = model.unit(key);
  const found: Destinations = new Map();
  if (unit.validFrom !== null && unit.validFrom > today) throw new UnitsInputError(`${key} starts after ${today}`);
  if (unit.validTo === null || unit.validTo >= today) found.set(key, { weight: ONE, viaSplit: false });
  else {
    for (const edge of model.successors(key)) {
      for (const [to, d] of destinationsOf(model, edge.to, today, memo)) {
        const before = found.get(to) ?? { weight: ZERO, viaSplit: false };
        found.set(to, {
          weight: add(before.weight, mul(edge.weight, d.weight)),
          viaSplit: before.viaSplit || d.viaSplit || edge.share === 'PART',
        });
      }
    }
  }
  memo.set(key, found);
  return found;
}

interface Contribution {
  readonly destinations: Destinations;
  readonly figures: Readonly<Record<string, number>>;
}

/**
 * History re-aggregated onto the units in force on `today` through the lineage; per period and
 * figure the exact shares are apportioned together by largest remainder, so each period's total
 * is exactly the raw total. A figure is an estimate when a non-zero figure reached it through a split.
 */
export function countOntoToday(model: UnitModel, rows: readonly CountRow[], today = vnDate(new Date())): CountAnswer {
  const memo = new Map<string, Destinations>();
  const byPeriod = new Map<string, Contribution[]>();
  for (const row of rows) {
    checkRow(model, row);
    const contributions = byPeriod.get(row.period) ?? [];
    contributions.push({ destinations: destinationsOf(model, row.unitKey, today, memo), figures: row.figures });
    byPeriod.set(row.period, contributions);
  }
  const counted: CountedRow[] = [];
  for (const [period, contributions] of byPeriod) counted.push(...apportionPeriod(model, period, contributions));
  return { counting: 'ONTO_TODAY', rule: APPORTIONMENT_RULE, rows: counted.sort(byPeriodThenCode) };
}

function apportionPeriod(model: UnitModel, period: string, contributions: readonly Contribution[]): CountedRow[] {
  const targets = [...new Set(contributions.flatMap((c) => [...c.destinations.keys()]))].map((key) => model.unit(key));
  targets.sort((a, b) => a.code.localeCompare(b.code) || a.key.localeCompare(b.key));
  const rows: CountedRow[] = targets.map((unit) => ({ unit, period, figures: {} }));
  const names = [...new Set(contributions.flatMap((c) => Object.keys(c.figures)))];
  for (const name of names) {
    const figures = apportionFigure(
      targets.map((t) => t.key),
      name,
      contributions,
    );
    rows.forEach((row, i) => (row.figures[name] = figures[i]));
  }
  return rows;
}

function apportionFigure(targets: readonly string[], name: string, contributions: readonly Contribution[]): Figure[] {
  const quotas = targets.map(() => ZERO);
  const estimates = targets.map(() => false);
  for (const { destinations, figures } of contributions) {
    const value = BigInt(figures[name] ?? 0);
    targets.forEach((key, i) => {
      const d = destinations.get(key);
      if (!d || value === 0n) return;
      quotas[i] = add(quotas[i], mul(d.weight, { num: value, den: 1n }));
      estimates[i] ||= d.viaSplit;
    });
  }
  const values = largestRemainder(quotas);
  return values.map((value, i) => ({ value, estimate: estimates[i] }));
}
