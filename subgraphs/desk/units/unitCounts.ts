import type { DataSource } from 'typeorm';
import { dateWindow } from '../../shared/dates';
import { DossierEntity } from '../dossiers/dossierEntity';
import { areaShare } from './countAreaThatWas';
import { countOntoToday } from './countOntoToday';
import { countAsTheyWere, type CountRow, type Figure } from './countRows';
import type { UnitPeriod } from './types';
import { isValidOn, type UnitModel } from './unitModel';
import { asUserInput } from './userErrors';

export type CountingArg = 'AS_THEY_WERE' | 'ONTO_TODAY';

export interface UnitCountsArgs {
  from: Date | string;
  to: Date | string;
  counting?: CountingArg | null;
  area?: string | null;
}

interface UnitFigures {
  unit: UnitPeriod;
  received: Figure;
  resolved: Figure;
}

/**
 * The desks' dossiers of a window per unit, counted as the units were or onto today's units.
 * One statement reads them grouped by the unit (code and period) each dossier keeps as the one
 * that received it, and by month; the unit's period never changes, whatever the map does later.
 */
export async function unitCounts(ds: DataSource, model: UnitModel, args: UnitCountsArgs, today: string) {
  const { from, to } = dateWindow(args.from, args.to);
  const counting = args.counting ?? 'AS_THEY_WERE';
  const found = asUserInput(() => model.unitOn(args.area ?? '018', from), 'area');
  const area = found.status === 'NOT_YET' ? found.first : found.unit;
  const raw = await receivedGroups(ds, from, to);
  const rows: CountRow[] = raw
    .map((r) => ({
      unitKey: receivingUnit(model, r).key,
      period: r.month,
      figures: { received: Number(r.received), resolved: Number(r.resolved) },
    }))
    .filter((r) => areaShare(model, area, model.unit(r.unitKey)).share.num > 0n);
  const answer = asUserInput(() =>
    counting === 'ONTO_TODAY' ? countOntoToday(model, rows, today) : countAsTheyWere(model, rows),
  );
  const byUnit = new Map<string, UnitFigures>();
  for (const row of answer.rows) {
    const sum = byUnit.get(row.unit.key) ?? { unit: row.unit, received: zero(), resolved: zero() };
    sum.received = plus(sum.received, row.figures.received);
    sum.resolved = plus(sum.resolved, row.figures.resolved);
    byUnit.set(row.unit.key, sum);
  }
  const units = [...byUnit.values()].sort(
    (a, b) => (a.unit.validFrom ?? '').localeCompare(b.unit.validFrom ?? '') || a.unit.code.localeCompare(b.unit.code),
  );
  const received = units.reduce((n, u) => n + u.received.value, 0);
  return { from, to, counting, rule: answer.rule, area, rows: units, received };
}

/** The window's dossiers grouped by the unit (code and period) that received them and by month: one statement. */
export function receivedGroups(ds: DataSource, from: string, to: string): Promise<RawRow[]> {
  return ds
    .getRepository(DossierEntity)
    .createQueryBuilder('d')
    .select('d.unit_code', 'unit_code')
    .addSelect('d.unit_valid_from', 'unit_valid_from')
    .addSelect('SUBSTR(d.received_on, 1, 7)', 'month')
    .addSelect('COUNT(*)', 'received')
    .addSelect('SUM(CASE WHEN d.resolved_on IS NOT NULL AND d.resolved_on <= :to THEN 1 ELSE 0 END)', 'resolved')
    .where('d.received_on BETWEEN :from AND :to', { from, to })
    .groupBy('d.unit_code')
    .addGroupBy('d.unit_valid_from')
    .addGroupBy('SUBSTR(d.received_on, 1, 7)')
    .getRawMany();
}

export interface RawRow {
  unit_code: string;
  unit_valid_from: string | null;
  month: string;
  received: string | number;
  resolved: string | number;
}

/** The unit (code and period) that received a group of dossiers, as each dossier keeps it. */
export function receivingUnit(model: UnitModel, row: RawRow): UnitPeriod {
  const unit = model.unit(`${row.unit_code}@${row.unit_valid_from ?? ''}`);
  if (!isValidOn(unit, `${row.month}-01`) && !isValidOn(unit, lastDayOf(row.month)))
    throw new Error(`dossiers of ${unit.key} received in ${row.month}, outside its period`);
  return unit;
}

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

const zero = (): Figure => ({ value: 0, estimate: false });
const plus = (a: Figure, b: Figure | undefined): Figure =>
  b ? { value: a.value + b.value, estimate: a.estimate || b.estimate } : a;
