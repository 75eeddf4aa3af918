import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { simplificationsOf } from './catalogueQueries';
import type { Dossier, DossierEvent } from './dossierEntity';
import { dossiersByCode, historiesOf } from './dossierQueries';
import { ProcedureEntity, type Procedure, type Simplification } from './procedureEntities';

/** Per-request loaders for the catalogue and dossier fields both desk subgraphs answer. */
export function createOneStopLoaders(ds: DataSource) {
  return {
    procedureByCode: new DataLoader<string, Procedure | null>(async (codes) => {
      const rows = await ds.getRepository(ProcedureEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((p) => [p.code, p]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    simplifications: new DataLoader<string, Simplification[]>((codes) => simplificationsOf(ds, codes)),
    dossierByCode: new DataLoader<string, Dossier | null>((codes) => dossiersByCode(ds, codes)),
    history: new DataLoader<number, DossierEvent[]>((ids) => historiesOf(ds, ids)),
  };
}

export type OneStopLoaders = ReturnType<typeof createOneStopLoaders>;
