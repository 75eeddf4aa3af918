import type { DataSource } from 'typeorm';
import { dateWindow } from '../../shared/dates';
import { DossierEntity } from '../dossiers/dossierEntity';
import { areaShare } from './countAreaThatWas';
import { countOntoToday } from './countOntoToday';
import { countAsTheyWere, type CountRow, type Figure } from './countRows';
import type { UnitPeriod } from './types';
import type { UnitModel } from './unitModel';
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
 * One statement reads them grouped by receiving code and month (the 2025 changes fall on the
 * first of a month); the code and month name the unit that received them, whose period is fixed.
 */
export async function unitCounts(ds: DataSource, model: UnitModel, args: UnitCountsArgs, today: string) {
  const { from, to } = dateWindow(args.from, args.to);
  const counting = args.counting ?? 'AS_THEY_WERE';
  const found = asUserInput(() => model.unitOn(args.area ?? '018', from), 'area');
  const area = found.status === 'NOT_YET' ? found.first : found.unit;
  const raw: { unit_code: string; month: string; received: string | number; resolved: string | number }[] = await ds
    .getRepository(DossierEntity)
    .createQueryBuilder('d')
    .select('d.unit_code', 'unit_code')
    .addSelect('SUBSTR(d.received_on, 1, 7)', 'month')
    .addSelect('COUNT(*)', 'received')
    .addSelect('SUM(CASE WHEN d.resolved_on IS NOT NULL AND d.resolved_on <= :to THEN 1 ELSE 0 END)', 'resolved')
    .where('d.received_on BETWEEN :from AND :to', { from, to })
    .groupBy('d.unit_code')
    .addGroupBy('SUBSTR(d.received_on, 1, 7)')
    .getRawMany();
  const rows: CountRow[] = raw
    .map((r) => ({
      unitKey: receivingUnit(model, r.unit_code, r.month, from).key,
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

/** The unit (code and period) in force when a month's dossiers were received. */
function receivingUnit(model: UnitModel, code: string, month: string, from: string): UnitPeriod {
  const day = `${month}-01` < from ? from : `${month}-01`;
  const answer = model.unitOn(code, day);
  if (answer.status !== 'VALID') throw new Error(`dossiers of ${code} received in ${month}, when it named no unit`);
  return answer.unit;
}

const zero = (): Figure => ({ value: 0, estimate: false });
const plus = (a: Figure, b: Figure | undefined): Figure =>
  b ? { value: a.value + b.value, estimate: a.estimate || b.estimate } : a;
