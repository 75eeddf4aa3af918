import { ONE, add, compare, toText } from './fraction';
import { addDays } from '../../shared/dates';
import type { LineageEdge, UnitPeriod } from './types';

/** What the checks read of a model (its class imports this file, so it is described, not imported). */
interface ModelView {
  readonly units: UnitPeriod[];
  readonly edges: readonly LineageEdge[];
  periodsOf(code: string): readonly UnitPeriod[];
  unit(key: string): UnitPeriod;
  successors(unit: UnitPeriod | string): readonly LineageEdge[];
}

/**
 * Checks the invariants every count relies on: periods of a code do not overlap, an edge joins
 * the day one unit ends to the day its successor starts, and every ended unit passes on exactly
 * all of its figures (weights add up to one), so nothing can be lost or counted twice.
 */
export function validateModel(model: ModelView): void {
  for (const unit of model.units) {
    const periods = model.periodsOf(unit.code);
    periods.forEach((period, i) => {
      const next = periods[i + 1];
      if (next && (period.validTo === null || next.validFrom === null || period.validTo >= next.validFrom)) {
        throw new Error(`periods ${period.key} and ${next.key} of code ${unit.code} overlap`);
      }
    });
    if (unit.validTo !== null) checkPassesOn(model, unit.key, unit.validTo);
  }
  for (const edge of model.edges) {
    const to = model.unit(edge.to);
    const from = model.unit(edge.from);
    if (to.validFrom !== edge.day || from.validTo === null || addDays(from.validTo, 1) !== edge.day) {
      throw new Error(`edge ${edge.from} -> ${edge.to} does not join an end to a start on ${edge.day}`);
    }
  }
}

function checkPassesOn(model: ModelView, key: string, validTo: string): void {
  const edges = model.successors(key);
  if (edges.length === 0) throw new Error(`unit ${key} ended on ${validTo} with no successor`);
  if (edges.some((e) => e.share === 'WHOLE') && edges.length > 1) {
    throw new Error(`unit ${key} passes whole to one successor and also to others`);
  }
  const total = edges.reduce((sum, e) => add(sum, e.weight), { num: 0n, den: 1n });
  if (compare(total, ONE) !== 0) throw new Error(`the weights out of ${key} add up to ${toText(total)}, not 1`);
}
