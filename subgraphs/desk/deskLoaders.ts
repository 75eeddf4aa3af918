import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { simplificationsOf } from './catalogue/catalogueQueries';
import type { Dossier, DossierEvent } from './dossiers/dossierEntity';
import { dossiersByCode, historiesOf } from './dossiers/dossierQueries';
import { readUnitModel } from './units/readUnitModel';
import type { UnitModel } from './units/unitModel';
import { ProcedureEntity, type Procedure, type Simplification } from './catalogue/procedureEntities';
import { ProcedureLevelEntity, type ProcedureLevelPeriod } from './catalogue/procedureLevels';

/** Per-request loaders for the catalogue and dossier fields both desk subgraphs answer (ctx.loaders.desk). */
export function createDeskLoaders(ds: DataSource) {
  let unitModel: Promise<UnitModel> | undefined;
  return {
    /** Units with periods and lineage, read once per request (two statements, whatever their number). */
    unitModel: () => (unitModel ??= readUnitModel(ds)),
    procedureByCode: new DataLoader<string, Procedure | null>(async (codes) => {
      const rows = await ds.getRepository(ProcedureEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((p) => [p.code, p]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    simplifications: new DataLoader<string, Simplification[]>((codes) => simplificationsOf(ds, codes)),
    /** Each procedure's levels with their periods, oldest first: one statement per request. */
    procedureLevels: new DataLoader<string, ProcedureLevelPeriod[]>(async (codes) => {
      const rows = await ds.getRepository(ProcedureLevelEntity).findBy({ procedureCode: In([...codes]) });
      const oldestFirst = (a: ProcedureLevelPeriod, b: ProcedureLevelPeriod) =>
        (a.validFrom ?? '').localeCompare(b.validFrom ?? '');
      return codes.map((code) => rows.filter((r) => r.procedureCode === code).sort(oldestFirst));
    }),
    dossierByCode: new DataLoader<string, Dossier | null>((codes) => dossiersByCode(ds, codes)),
    history: new DataLoader<number, DossierEvent[]>((ids) => historiesOf(ds, ids)),
  };
}

export type DeskLoaders = ReturnType<typeof createDeskLoaders>;
