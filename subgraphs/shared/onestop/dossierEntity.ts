import { EntitySchema } from 'typeorm';

export type Channel = 'IN_PERSON' | 'ONLINE' | 'POST';

/**
 * A dossier (hồ sơ) received at a one-stop desk. Instants are stored in UTC; the Hà Nội
 * calendar days they fall on are stored beside them, because every statistic is asked by
 * calendar day and must not depend on the database server's time zone.
 */
export interface Dossier {
  id?: number;
  /** Unit code, receipt date YYMMDD and the unit's daily sequence: 00583-210531-0042. */
  code: string;
  unitCode: string;
  procedureCode: string;
  channel: Channel;
  receivedAt: Date;
  receivedOn: string;
  /** Receipt day plus the procedure's time limit in working days; due at the end of that day. */
  dueOn: string;
  resolvedAt: Date | null;
  resolvedOn: string | null;
}

export const DossierEntity = new EntitySchema<Dossier>({
  name: 'Dossier',
  tableName: 'dossier',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    code: { type: 'varchar', length: 40, unique: true },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10 },
    procedureCode: { name: 'procedure_code', type: 'varchar', length: 20 },
    channel: { type: 'varchar', length: 10 },
    receivedAt: { name: 'received_at', type: 'datetime', precision: 3 },
    receivedOn: { name: 'received_on', type: 'date' },
    dueOn: { name: 'due_on', type: 'date' },
    resolvedAt: { name: 'resolved_at', type: 'datetime', precision: 3, nullable: true },
    resolvedOn: { name: 'resolved_on', type: 'date', nullable: true },
  },
});
