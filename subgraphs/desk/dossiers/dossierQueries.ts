import type { DataSource } from 'typeorm';
import { toIsoDate } from '../../shared/dates';
import { readPage, toConnection, type Connection, type PageArgs } from '../connection';
import { DossierEntity, DossierEventEntity, type Dossier, type DossierEvent } from './dossierEntity';

export interface DossierFilter {
  status?: string | null;
  procedureCode?: string | null;
  channel?: string | null;
  receivedFrom?: Date | string | null;
  receivedTo?: Date | string | null;
}

/**
 * A page of one unit's dossiers in code order, and how many match: two statements. Codes are
 * unique and, within a unit, ordered by receipt day then daily sequence, so the order is stable
 * and a cursor (the last code seen) never skips or repeats a row, even while dossiers arrive.
 */
export async function listDossiers(
  ds: DataSource,
  unitCode: string,
  filter: DossierFilter = {},
  args: PageArgs = {},
): Promise<Connection<Dossier>> {
  const page = readPage(args);
  const query = ds.getRepository(DossierEntity).createQueryBuilder('d').where('d.unit_code = :unitCode', { unitCode });
  if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
  if (filter.procedureCode)
    query.andWhere('d.procedure_code = :procedureCode', { procedureCode: filter.procedureCode });
  if (filter.channel) query.andWhere('d.channel = :channel', { channel: filter.channel });
  if (filter.receivedFrom)
    query.andWhere('d.received_on >= :from', { from: toIsoDate(filter.receivedFrom, 'filter.receivedFrom') });
  if (filter.receivedTo)
    query.andWhere('d.received_on <= :to', { to: toIsoDate(filter.receivedTo, 'filter.receivedTo') });
  const totalCount = await query.clone().getCount();
  if (page.afterKey !== null) query.andWhere('d.code > :after', { after: page.afterKey });
  const rows = await query
    .orderBy('d.code', 'ASC')
    .take(page.size + 1)
    .getMany();
  return toConnection(rows, page, (d) => d.code, totalCount);
}

/** Dossiers by code, in one statement (a DataLoader batch). */
export async function dossiersByCode(ds: DataSource, codes: readonly string[]): Promise<(Dossier | null)[]> {
  const rows = await ds
    .getRepository(DossierEntity)
    .createQueryBuilder('d')
    .where('d.code IN (:...codes)', { codes })
    .getMany();
  const byCode = new Map(rows.map((d) => [d.code, d]));
  return codes.map((code) => byCode.get(code) ?? null);
}

/** Histories of dossiers, oldest event first, in one statement (a DataLoader batch). */
export async function historiesOf(ds: DataSource, dossierIds: readonly number[]): Promise<DossierEvent[][]> {
  const rows = await ds
    .getRepository(DossierEventEntity)
    .createQueryBuilder('e')
    .where('e.dossier_id IN (:...ids)', { ids: dossierIds })
    .orderBy('e.id', 'ASC')
    .getMany();
  return dossierIds.map((id) => rows.filter((e) => e.dossierId === id));
}
