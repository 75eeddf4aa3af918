import type { DataSource, EntityManager } from 'typeorm';
import { toIsoDate } from '../../shared/dates';
import { BadUserInputError } from '../../shared/errors';
import { containsPattern, readPage, toConnection, type Connection, type PageArgs } from '../connection';
import {
  ProcedureEntity,
  SimplificationEntity,
  type OnlineLevel,
  type Procedure,
  type ProcedureLevel,
  type Simplification,
} from './procedureEntities';
import { atItsLevelOn, levelOn, ProcedureLevelEntity } from './procedureLevels';
import { foldForSearch } from './searchText';

export interface ProcedureFilter {
  level?: ProcedureLevel | null;
  sector?: string | null;
  onlineLevel?: OnlineLevel | null;
  /** true: with at least one simplification decision; false: with none. */
  simplified?: boolean | null;
  /** Part of the name, diacritics and case ignored. */
  name?: string | null;
  /** In force on this day and handled by this level's desks then (a Date scalar value). */
  inForceOn?: Date | string | null;
}

/**
 * A page of a level's catalogue, in code order, and how many match: two statements. A filter
 * on another level matches nothing (each database holds one level's catalogue: every procedure
 * that level handled at some time; `inForceOn` keeps those it handled that day).
 */
export async function listProcedures(
  ds: DataSource,
  level: ProcedureLevel,
  filter: ProcedureFilter = {},
  args: PageArgs = {},
): Promise<Connection<Procedure>> {
  const page = readPage(args);
  const query = ds.getRepository(ProcedureEntity).createQueryBuilder('p');
  if (filter.level && filter.level !== level) query.andWhere('1 = 0');
  if (filter.sector) query.andWhere('p.sector = :sector', { sector: filter.sector });
  if (filter.onlineLevel) query.andWhere('p.online_level = :onlineLevel', { onlineLevel: filter.onlineLevel });
  if (filter.simplified != null) {
    query.andWhere(
      `${filter.simplified ? '' : 'NOT '}EXISTS (SELECT 1 FROM simplification s WHERE s.procedure_code = p.code)`,
    );
  }
  if (filter.name != null) {
    const folded = foldForSearch(filter.name);
    if (folded === '') throw new BadUserInputError('filter.name must contain a letter or digit', 'filter.name');
    query.andWhere("p.search_name LIKE :pattern ESCAPE '!'", { pattern: containsPattern(folded) });
  }
  if (filter.inForceOn != null) {
    const day = toIsoDate(filter.inForceOn, 'filter.inForceOn');
    query.andWhere('p.effective_from <= :day AND (p.effective_to IS NULL OR p.effective_to >= :day)', { day });
    // The level with its period: the district's procedures are the commune level's from 2025-07-01.
    query.andWhere(atItsLevelOn('p', ':day'), { day });
  }
  const totalCount = await query.clone().getCount();
  if (page.afterKey !== null) query.andWhere('p.code > :after', { after: page.afterKey });
  const rows = await query
    .orderBy('p.code', 'ASC')
    .take(page.size + 1)
    .getMany();
  return toConnection(rows, page, (p) => p.code, totalCount);
}

/** Simplification decisions per procedure, in decision order, in one statement (a DataLoader batch). */
export async function simplificationsOf(ds: DataSource, codes: readonly string[]): Promise<Simplification[][]> {
  const rows = await ds
    .getRepository(SimplificationEntity)
    .createQueryBuilder('s')
    .where('s.procedure_code IN (:...codes)', { codes })
    .orderBy('s.decision_date', 'ASC')
    .addOrderBy('s.id', 'ASC')
    .getMany();
  return codes.map((code) => rows.filter((s) => s.procedureCode === code));
}

/**
 * The time limit in working days of a procedure for a dossier received on `day`, or null when
 * the procedure is not in force then or not handled by this database's level then: before its first simplification the limit that decision
 * replaced, after each decision the limit it set (the same rule as the seed's catalogueSeed.ts).
 */
export async function timeLimitOn(
  manager: DataSource | EntityManager,
  code: string,
  day: string,
): Promise<number | null> {
  const procedure = await manager.getRepository(ProcedureEntity).findOneBy({ code });
  if (!procedure || procedure.effectiveFrom > day || (procedure.effectiveTo !== null && procedure.effectiveTo < day))
    return null;
  const periods = await manager.getRepository(ProcedureLevelEntity).findBy({ procedureCode: code });
  if (periods.length > 0 && levelOn(periods, day) !== procedure.level) return null;
  const decisions = await manager
    .getRepository(SimplificationEntity)
    .find({ where: { procedureCode: code }, order: { decisionDate: 'ASC', id: 'ASC' } });
  let limit = decisions.length > 0 ? decisions[0].timeLimitBefore : procedure.timeLimitDays;
  for (const d of decisions) if (d.decisionDate <= day) limit = d.timeLimitAfter;
  return limit;
}
