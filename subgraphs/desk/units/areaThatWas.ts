import type { DataSource } from 'typeorm';
import { eachDay } from '../../shared/dates';
import { AREA_RULE, countAreaThatWas } from './countAreaThatWas';
import type { UnitPeriod } from './types';
import type { UnitModel } from './unitModel';
import { receivedGroups, receivingUnit } from './unitCounts';
import { asUserInput } from './userErrors';

/** "The area that was" a unit for a window: its key, as the two desk subgraphs pass it on. */
export interface AreaKey {
  code: string;
  from: string;
  to: string;
}

/** One month of the area: received that month, resolved of those by the window's end. */
export interface AreaMonth {
  month: string;
  received: number;
  resolved: number;
  estimate: boolean;
}

export { AREA_RULE };

/** The unit the area's code named on the window's first day (its last one, once it had ended). */
export function areaUnit(model: UnitModel, key: AreaKey): UnitPeriod {
  const found = asUserInput(() => model.unitOn(key.code, key.from), 'code');
  return found.status === 'NOT_YET' ? found.first : found.unit;
}

/**
 * This database's desks' part of the area, every month of the window (months without dossiers
 * are zeros, so a series is continuous): one statement, whatever the units or lineage rows.
 * The district database holds the district desk (the area itself, until 2025-06-30); the commune
 * database the commune-level desks, each counted by its share of the area (AREA_RULE).
 */
export async function areaMonths(ds: DataSource, model: UnitModel, key: AreaKey): Promise<AreaMonth[]> {
  const area = areaUnit(model, key);
  const rows = (await receivedGroups(ds, key.from, key.to)).map((r) => ({
    unitKey: receivingUnit(model, r).key,
    period: r.month,
    figures: { received: Number(r.received), resolved: Number(r.resolved) },
  }));
  const answer = asUserInput(() => countAreaThatWas(model, area.key, rows));
  const byMonth = new Map(answer.rows.map((r) => [r.period, r.figures]));
  return monthsOf(key.from, key.to).map((month) => {
    const f = byMonth.get(month);
    return {
      month,
      received: f?.received.value ?? 0,
      resolved: f?.resolved.value ?? 0,
      estimate: Boolean(f?.received.estimate || f?.resolved.estimate),
    };
  });
}

/** The two desk levels' months added up: the area's whole figures. */
export function addMonths(a: readonly AreaMonth[], b: readonly AreaMonth[]): AreaMonth[] {
  const other = new Map(b.map((m) => [m.month, m]));
  return a.map((m) => {
    const o = other.get(m.month);
    return {
      month: m.month,
      received: m.received + (o?.received ?? 0),
      resolved: m.resolved + (o?.resolved ?? 0),
      estimate: m.estimate || Boolean(o?.estimate),
    };
  });
}

const monthsOf = (from: string, to: string) => [...new Set(eachDay(from, to).map((d) => d.slice(0, 7)))];
