import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { readCsv } from '../../shared/csv';
import {
  ProcedureEntity,
  SimplificationEntity,
  type OnlineLevel,
  type Procedure,
  type ProcedureLevel,
  type Simplification,
} from './procedureEntities';
import { foldForSearch } from './searchText';
import type { SeedProcedure } from '../seed/generateDossiers';

export interface Catalogue {
  procedures: Procedure[];
  simplifications: Simplification[];
  /** The catalogue as the dossier generator needs it: weights and time limit on a given day. */
  forGenerator: SeedProcedure[];
}

/**
 * Reads `procedures.csv` and `simplifications.csv` from a subgraph's seed folder; the level is
 * the folder's subgraph's unless given.
 */
export function readCatalogue(
  seedDir: string,
  level: ProcedureLevel = path.basename(path.dirname(seedDir)) === 'commune' ? 'COMMUNE' : 'DISTRICT',
): Catalogue {
  const rows = readCsv(path.join(seedDir, 'procedures.csv'));
  const procedures: Procedure[] = rows.map((r) => ({
    code: r.code,
    name: r.name,
    sector: r.sector,
    timeLimitDays: Number(r.timeLimitDays),
    feeVnd: Number(r.feeVnd),
    onlineLevel: r.onlineLevel as OnlineLevel,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo || null,
    level,
    searchName: foldForSearch(r.name),
  }));
  const simplifications: Simplification[] = readCsv(path.join(seedDir, 'simplifications.csv')).map((r) => ({
    procedureCode: r.procedureCode,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    timeLimitBefore: Number(r.timeLimitBefore),
    timeLimitAfter: Number(r.timeLimitAfter),
  }));
  const weights = new Map(rows.map((r) => [r.code, Number(r.weight)]));
  const forGenerator = procedures.map((p): SeedProcedure => {
    // Decisions in date order: the limit in force on a day is the one after the last decision before it.
    const decisions = simplifications
      .filter((s) => s.procedureCode === p.code)
      .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate));
    return {
      code: p.code,
      weight: weights.get(p.code) ?? 0,
      onlineLevel: p.onlineLevel,
      inForceOn: (date) => p.effectiveFrom <= date && (p.effectiveTo === null || p.effectiveTo >= date),
      timeLimitOn: (date) => {
        let limit = decisions.length > 0 ? decisions[0].timeLimitBefore : p.timeLimitDays;
        for (const d of decisions) if (d.decisionDate <= date) limit = d.timeLimitAfter;
        return limit;
      },
    };
  });
  return { procedures, simplifications, forGenerator };
}

export async function insertCatalogue(ds: EntityManager, catalogue: Catalogue): Promise<void> {
  await ds
    .createQueryBuilder()
    .insert()
    .into(ProcedureEntity)
    .values(catalogue.procedures)
    .updateEntity(false)
    .execute();
  await ds
    .createQueryBuilder()
    .insert()
    .into(SimplificationEntity)
    .values(catalogue.simplifications)
    .updateEntity(false)
    .execute();
}
