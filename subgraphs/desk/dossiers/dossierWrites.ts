import type { DataSource, EntityManager } from 'typeorm';
import { loadCalendar } from '../calendar/holidaySeed';
import { vnDate } from '../../shared/dates';
import { BadUserInputError, NotFoundError } from '../../shared/errors';
import { timeLimitOn } from '../catalogue/catalogueQueries';
import { receivingPeriodOn } from '../units/receivingPeriod';
import { updateRows } from '../../shared/updateRows';
import { writeTransaction } from '../../shared/writeTransaction';
import { DossierEntity, DossierEventEntity, type ApplicantType, type Channel, type Dossier } from './dossierEntity';
import { applyTransition, receivedState, type DossierStatus } from './dossierLifecycle';
import { applyToRollups } from '../rollups/rollups';

/**
 * The only module that writes dossiers. Every change is one transaction that appends the event
 * row, updates the dossier's derived columns and moves the statistic rollups (rollups.ts) by the
 * difference, so statistics never disagree with the rows. The desk event API sits on top of these two.
 */

export interface ReceiveInput {
  unitCode: string;
  /** The desk's own case id (unique per unit), when the desk system gives one. */
  reference?: string | null;
  applicantType?: ApplicantType | null;
  procedureCode: string;
  channel: Channel;
  receivedAt: Date;
  applicantName?: string | null;
  applicantIdNumber?: string | null;
  note?: string | null;
}

export interface TransitionInput {
  status: DossierStatus;
  at: Date;
  note?: string | null;
}

/**
 * The unit's next dossier number for a day. The UPDATE locks the day's sequence row until the
 * transaction ends, so concurrent receipts at one unit take turns and never share a number.
 * The first receipt of a day (or after the seed, whose dossiers have no sequence row) starts
 * after the dossiers already there; two such first receipts at once collide on the INSERT,
 * and the loser's transaction is retried by the caller.
 */
async function nextDossierNumber(manager: EntityManager, unitCode: string, day: string): Promise<number> {
  const key = [unitCode, day];
  if (
    await updateRows(
      manager,
      'UPDATE dossier_sequence SET last_number = last_number + 1 WHERE unit_code = ? AND day = ?',
      key,
    )
  ) {
    const [row] = await manager.query(
      'SELECT last_number AS n FROM dossier_sequence WHERE unit_code = ? AND day = ?',
      key,
    );
    return Number(row.n);
  }
  const [{ n }] = await manager.query('SELECT COUNT(*) AS n FROM dossier WHERE unit_code = ? AND received_on = ?', key);
  await manager.query('INSERT INTO dossier_sequence (unit_code, day, last_number) VALUES (?, ?, ?)', [
    ...key,
    Number(n) + 1,
  ]);
  return Number(n) + 1;
}

/**
 * Records a dossier received at a desk: its code (unit, receipt day YYMMDD, the unit's next
 * daily sequence number), its due day from the time limit in force that day, and a RECEIVED event.
 */
export function receiveDossier(ds: DataSource, input: ReceiveInput): Promise<Dossier> {
  return writeTransaction(ds, (manager) => receiveDossierIn(manager, input));
}

/** receiveDossier inside the caller's transaction (the desk event API adds its idempotency record to it). */
export async function receiveDossierIn(manager: EntityManager, input: ReceiveInput): Promise<Dossier> {
  const receivedOn = vnDate(input.receivedAt);
  const limit = await timeLimitOn(manager, input.procedureCode, receivedOn);
  if (limit === null)
    throw new BadUserInputError(`procedure ${input.procedureCode} is not in force on ${receivedOn}`, 'procedureCode');
  const unitValidFrom = await receivingPeriodOn(manager, input.unitCode, receivedOn);
  const calendar = await loadCalendar(manager);
  const prefix = `${input.unitCode}-${receivedOn.slice(2).replaceAll('-', '')}-`;
  const number = await nextDossierNumber(manager, input.unitCode, receivedOn);
  const dossier: Dossier = {
    code: `${prefix}${String(number).padStart(4, '0')}`,
    unitCode: input.unitCode,
    unitValidFrom,
    procedureCode: input.procedureCode,
    channel: input.channel,
    receivedAt: input.receivedAt,
    ...receivedState(receivedOn, calendar.addWorkingDays(receivedOn, limit)),
    reference: input.reference ?? null,
    applicantType: input.applicantType ?? null,
    applicantName: input.applicantName ?? null,
    applicantIdNumber: input.applicantIdNumber ?? null,
  };
  const saved = await manager.getRepository(DossierEntity).save(dossier);
  await applyToRollups(manager, null, saved);
  await manager.getRepository(DossierEventEntity).insert({
    dossierId: saved.id!,
    status: 'RECEIVED',
    at: input.receivedAt,
    on: receivedOn,
    note: input.note ?? null,
  });
  return saved;
}

/**
 * Moves a dossier to a new status at an instant no earlier than its last event: appends the
 * event and updates the derived columns (due day after a supplement pause, resolution...).
 */
export function transitionDossier(ds: DataSource, code: string, input: TransitionInput): Promise<Dossier> {
  return writeTransaction(ds, (manager) => transitionDossierIn(manager, code, input));
}

/** transitionDossier inside the caller's transaction. */
export async function transitionDossierIn(
  manager: EntityManager,
  code: string,
  input: TransitionInput,
): Promise<Dossier> {
  const repository = manager.getRepository(DossierEntity);
  const dossier = await repository.findOneBy({ code });
  if (!dossier) throw new NotFoundError(`no dossier has code ${code}`);
  const last = await manager
    .getRepository(DossierEventEntity)
    .findOne({ where: { dossierId: dossier.id! }, order: { id: 'DESC' } });
  if (last && input.at.getTime() < last.at.getTime()) {
    throw new BadUserInputError(
      `at (${input.at.toISOString()}) is before the dossier's last event (${last.at.toISOString()})`,
      'at',
    );
  }
  const calendar = await loadCalendar(manager);
  const next = { ...dossier, ...applyTransition(dossier, input.status, input.at, calendar) };
  await repository.save(next);
  await applyToRollups(manager, dossier, next);
  await manager.getRepository(DossierEventEntity).insert({
    dossierId: dossier.id!,
    status: input.status,
    at: input.at,
    on: vnDate(input.at),
    note: input.note ?? null,
  });
  return next;
}
