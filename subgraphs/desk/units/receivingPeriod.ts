import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../shared/errors';
import { UnitPeriodEntity, type UnitPeriodRow } from './unitTables';

/**
 * SQL: the first day of the period in force on the receipt day of the dossier row `alias`, for
 * its unit code; NULL when that period began before the 2021 list or the code is not a unit of
 * the reference (a desk outside it).
 */
export const RECEIVING_PERIOD_SQL = (alias: string) =>
  `(SELECT up.valid_from FROM unit_period up WHERE up.code = ${alias}.unit_code AND up.valid_from IS NOT NULL
     AND up.valid_from <= ${alias}.received_on AND (up.valid_to IS NULL OR up.valid_to >= ${alias}.received_on))`;

type Period = Pick<UnitPeriodRow, 'code' | 'validFrom' | 'validTo'>;

const periodOn = (periods: readonly Period[], day: string) =>
  periods.find((p) => (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || p.validTo >= day));

/** The receiving period's first day of each (code, day), from the units' periods read once (the seed). */
export function receivingPeriods(periods: readonly Period[]): (code: string, day: string) => string | null {
  const byCode = new Map<string, Period[]>();
  for (const p of periods) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  return (code, day) => periodOn(byCode.get(code) ?? [], day)?.validFrom ?? null;
}

/**
 * The period of the unit receiving a dossier on `day` (one statement): a code the reference
 * knows but that named no unit that day (00538 after 2024, 018 after 2025-06-30) has no desk
 * to receive it, which is BAD_USER_INPUT; a code outside the reference is received as before.
 */
export async function receivingPeriodOn(manager: EntityManager, code: string, day: string): Promise<string | null> {
  const periods = await manager.getRepository(UnitPeriodEntity).findBy({ code });
  if (periods.length === 0) return null;
  const valid = periodOn(periods, day);
  if (!valid) {
    throw new BadUserInputError(
      `unit ${code} named no administrative unit on ${day}: no desk of it could receive a dossier that day`,
      'unitCode',
    );
  }
  return valid.validFrom;
}
