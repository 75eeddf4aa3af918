import { EntitySchema } from 'typeorm';
import type { DossierStatus } from './dossierLifecycle';

export type Channel = 'IN_PERSON' | 'ONLINE' | 'POST';
export type ApplicantType = 'CITIZEN' | 'ORGANIZATION';

/**
 * A dossier (hồ sơ) received at a one-stop desk. Instants are stored in UTC; the Hà Nội
 * calendar days they fall on are stored beside them, because every statistic is asked by
 * calendar day and must not depend on the database server's time zone.
 *
 * `status` and the columns after it are denormalised from the dossier's event history
 * (`dossier_event`), kept in step by dossierWrites.ts, so statistics read one row per dossier.
 */
export interface Dossier {
  id?: number;
  /** Unit code, receipt date YYMMDD and the unit's daily sequence: 00583-210531-0042. */
  code: string;
  unitCode: string;
  /**
   * The first day of the period of the unit that received it (issue 13: a code is not an
   * identity; 00541 named three units), fixed at receipt and never rewritten; null when that
   * unit was in force before the 2021 list or is not in the unit reference.
   */
  unitValidFrom?: string | null;
  procedureCode: string;
  channel: Channel;
  receivedAt: Date;
  receivedOn: string;
  /**
   * Receipt day plus the procedure's time limit in working days, moved later by every working
   * day spent waiting for the applicant's supplement; due at the end of that day.
   */
  dueOn: string;
  /** When the result was decided (status RESOLVED, later RETURNED); null otherwise. */
  resolvedAt: Date | null;
  resolvedOn: string | null;
  status: DossierStatus;
  /** The day the dossier left the desk's hands: resolved, denied or withdrawn; null while open. */
  closedOn: string | null;
  /** Supplement requests so far; more than one makes a resolution late (Decision 766). */
  supplementCount: number;
  /** Working days spent waiting for supplements, already added to `dueOn`. */
  pausedDays: number;
  /** The day the current supplement request was made, while AWAITING_SUPPLEMENT. */
  pausedOn: string | null;
  /** Working days from receipt to resolution, less paused days (for average processing time). */
  processingDays: number | null;
  /** Applicant personal data: stored for the desk, never exposed by any public field. */
  /** The desk's own case id, given with its RECEIVED event; later events may name the dossier by it. */
  reference?: string | null;
  /** CITIZEN or ORGANIZATION. */
  applicantType?: ApplicantType | null;
  applicantName: string | null;
  applicantIdNumber: string | null;
}

export const DossierEntity = new EntitySchema<Dossier>({
  name: 'Dossier',
  tableName: 'dossier',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    code: { type: 'varchar', length: 40, unique: true },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10 },
    unitValidFrom: { name: 'unit_valid_from', type: 'date', nullable: true },
    procedureCode: { name: 'procedure_code', type: 'varchar', length: 20 },
    channel: { type: 'varchar', length: 10 },
    receivedAt: { name: 'received_at', type: 'datetime', precision: 3 },
    receivedOn: { name: 'received_on', type: 'date' },
    dueOn: { name: 'due_on', type: 'date' },
    resolvedAt: { name: 'resolved_at', type: 'datetime', precision: 3, nullable: true },
    resolvedOn: { name: 'resolved_on', type: 'date', nullable: true },
    status: { type: 'varchar', length: 20 },
    closedOn: { name: 'closed_on', type: 'date', nullable: true },
    supplementCount: { name: 'supplement_count', type: 'int' },
    pausedDays: { name: 'paused_days', type: 'int' },
    pausedOn: { name: 'paused_on', type: 'date', nullable: true },
    processingDays: { name: 'processing_days', type: 'int', nullable: true },
    reference: { type: 'varchar', length: 60, nullable: true },
    applicantType: { name: 'applicant_type', type: 'varchar', length: 20, nullable: true },
    applicantName: { name: 'applicant_name', type: 'varchar', length: 200, nullable: true },
    applicantIdNumber: { name: 'applicant_id_number', type: 'varchar', length: 20, nullable: true },
  },
});

/** One transition of a dossier, append-only: the dossier's status is the last one's. */
export interface DossierEvent {
  id?: number;
  dossierId: number;
  status: DossierStatus;
  at: Date;
  /** The Hà Nội day of `at`. */
  on: string;
  note: string | null;
}

export const DossierEventEntity = new EntitySchema<DossierEvent>({
  name: 'DossierEvent',
  tableName: 'dossier_event',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    dossierId: { name: 'dossier_id', type: 'integer' },
    status: { type: 'varchar', length: 20 },
    at: { type: 'datetime', precision: 3 },
    // `on` is a reserved word in SQL, hence the column name.
    on: { name: 'on_day', type: 'date' },
    note: { type: 'varchar', length: 500, nullable: true },
  },
});
