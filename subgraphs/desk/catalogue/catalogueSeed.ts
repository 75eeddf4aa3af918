import path from 'node:path';
import type { EntityManager, EntitySchema } from 'typeorm';
import { readCsv } from '../../shared/csv';
import {
  ProcedureEntity,
  SimplificationEntity,
  type OnlineLevel,
  type Procedure,
  type ProcedureLevel,
  type Simplification,
} from './procedureEntities';
import { levelOn, levelPeriodsOf, ProcedureLevelEntity, type ProcedureLevelPeriod } from './procedureLevels';
import { foldForSearch } from './searchText';
import type { SeedProcedure } from '../seed/generateDossiers';

export interface Catalogue {
  procedures: Procedure[];
  simplifications: Simplification[];
  /** Each procedure's level with its period (procedureLevels.ts). */
  levels: ProcedureLevelPeriod[];
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
  const levels = procedures.flatMap((p) => levelPeriodsOf(p.code, level));
  const weights = new Map(rows.map((r) => [r.code, Number(r.weight)]));
  const forGenerator = generatorProcedures(procedures, simplifications, levels, (code) => weights.get(code) ?? 0);
  return { procedures, simplifications, levels, forGenerator };
}

/**
 * The commune-level catalogue from 2025-07-01: its own procedures and the district's, which the
 * commune desks handle from that day (issue 13). The district's weights are scaled so that its
 * procedures keep the share of traffic the district desk had (`districtShare` of the whole).
 */
export function withDistrictProcedures(commune: Catalogue, district: Catalogue, districtShare: number): Catalogue {
  const sum = (c: Catalogue) => c.forGenerator.reduce((total, p) => total + p.weight, 0);
  const scale = (sum(commune) * districtShare) / ((1 - districtShare) * sum(district));
  const weights = new Map(district.forGenerator.map((p) => [p.code, p.weight * scale]));
  const procedures = district.procedures.map((p): Procedure => ({ ...p, level: 'COMMUNE' }));
  const moved = generatorProcedures(procedures, district.simplifications, district.levels, (c) => weights.get(c)!);
  return {
    procedures: [...commune.procedures, ...procedures],
    simplifications: [...commune.simplifications, ...district.simplifications],
    levels: [...commune.levels, ...district.levels],
    forGenerator: [...commune.forGenerator, ...moved],
  };
}

/** A procedure is drawn on a day when it is in force and its catalogue's level handles it that day. */
function generatorProcedures(
  procedures: Procedure[],
  simplifications: Simplification[],
  levels: ProcedureLevelPeriod[],
  weightOf: (code: string) => number,
): SeedProcedure[] {
  return procedures.map((p): SeedProcedure => {
    // Decisions in date order: the limit in force on a day is the one after the last decision before it.
    const decisions = simplifications
      .filter((s) => s.procedureCode === p.code)
      .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate));
    const periods = levels.filter((l) => l.procedureCode === p.code);
    return {
      code: p.code,
      weight: weightOf(p.code),
      onlineLevel: p.onlineLevel,
      inForceOn: (date) =>
        p.effectiveFrom <= date &&
        (p.effectiveTo === null || p.effectiveTo >= date) &&
        levelOn(periods, date) === p.level,
      timeLimitOn: (date) => {
        let limit = decisions.length > 0 ? decisions[0].timeLimitBefore : p.timeLimitDays;
        for (const d of decisions) if (d.decisionDate <= date) limit = d.timeLimitAfter;
        return limit;
      },
    };
  });
}

export async function insertCatalogue(ds: EntityManager, catalogue: Catalogue): Promise<void> {
  const insert = <T extends object>(entity: EntitySchema<T>, rows: T[]) =>
    ds.createQueryBuilder().insert().into(entity).values(rows).updateEntity(false).execute();
  await insert(ProcedureEntity, catalogue.procedures);
  await insert(SimplificationEntity, catalogue.simplifications);
  await insert(ProcedureLevelEntity, catalogue.levels);
}
