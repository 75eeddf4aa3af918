import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { vnDate } from '../../shared/dates';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { subgraphMetrics } from '../../shared/observability/subgraphMetrics';
import { ProcedureEntity, type ProcedureLevel } from '../catalogue/procedureEntities';
import { levelOn, ProcedureLevelEntity } from '../catalogue/procedureLevels';
import { DeskEventEntity } from './deskEventEntity';
import { DossierEntity, type ApplicantType, type Channel, type Dossier } from '../dossiers/dossierEntity';
import type { DossierStatus } from '../dossiers/dossierLifecycle';
import { receiveDossierIn, transitionDossierIn } from '../dossiers/dossierWrites';

export const DESK_EVENT_TYPES = [
  'RECEIVED',
  'IN_PROGRESS',
  'SUPPLEMENT_REQUESTED',
  'SUPPLEMENT_RECEIVED',
  'RESOLVED',
  'RETURNED',
  'DENIED',
  'WITHDRAWN',
] as const;
export type DeskEventType = (typeof DESK_EVENT_TYPES)[number];

/** What a desk says happened to a dossier, as pushed through the API or read from an export file. */
export interface DeskEvent {
  eventId: string;
  unitCode: string;
  type: DeskEventType;
  at: Date;
  /** The desk's own case id: given with RECEIVED; later events name the dossier by it or by `dossierCode`. */
  reference?: string | null;
  dossierCode?: string | null;
  procedureCode?: string | null;
  channel?: Channel | null;
  applicantType?: ApplicantType | null;
  applicantName?: string | null;
  applicantIdNumber?: string | null;
  note?: string | null;
}

/** The first result of an event; a replay returns exactly this. */
export interface DeskEventResult {
  eventId: string;
  dossierCode: string;
  status: DossierStatus;
  dueOn: string;
}

/** The desk's event type to the dossier status it leads to, and the statuses it may come from. */
const EVENT_RULES: Record<Exclude<DeskEventType, 'RECEIVED'>, { status: DossierStatus; from?: DossierStatus[] }> = {
  IN_PROGRESS: { status: 'IN_PROGRESS', from: ['RECEIVED'] },
  SUPPLEMENT_REQUESTED: { status: 'AWAITING_SUPPLEMENT' },
  SUPPLEMENT_RECEIVED: { status: 'IN_PROGRESS', from: ['AWAITING_SUPPLEMENT'] },
  RESOLVED: { status: 'RESOLVED' },
  RETURNED: { status: 'RETURNED' },
  DENIED: { status: 'DENIED' },
  WITHDRAWN: { status: 'WITHDRAWN' },
};

// Desks' clocks drift a little; an event from further in the future is a mistake, not a fact.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

function requestHash(event: DeskEvent): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...event, at: event.at.toISOString() }))
    .digest('hex');
}

function required<T>(value: T | null | undefined, field: string, type: DeskEventType): T {
  if (value === null || value === undefined || value === '')
    throw new BadUserInputError(`${field} is required for a ${type} event`, field);
  return value;
}

export function checkText(field: string, value: string | null | undefined, max: number, pattern?: RegExp): void {
  if (value === null || value === undefined) return;
  if (value.length > max) throw new BadUserInputError(`${field} must be at most ${max} characters`, field);
  if (pattern && !pattern.test(value)) throw new BadUserInputError(`${field} has characters it may not contain`, field);
}

/** A desk's instant: with its offset, from 2000 on, and not in the future (beyond clock drift). */
export function checkInstant(at: Date, now: Date): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime()))
    throw new BadUserInputError('at must be an instant with its offset', 'at');
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw new BadUserInputError(`at (${at.toISOString()}) is in the future`, 'at');
  if (at.getUTCFullYear() < 2000) throw new BadUserInputError('at is before 2000', 'at');
}

/** Checks everything that does not need the database, so a bad event costs no statement. */
export function validateDeskEvent(event: DeskEvent, now = new Date()): void {
  checkText('eventId', required(event.eventId, 'eventId', event.type), 100, /^[A-Za-z0-9_.:-]+$/);
  if (!DESK_EVENT_TYPES.includes(event.type))
    throw new BadUserInputError(`type must be one of ${DESK_EVENT_TYPES.join(', ')}`, 'type');
  checkInstant(event.at, now);
  checkText('reference', event.reference, 60, /^[\p{L}\p{N}_.:/-]+$/u);
  checkText('dossierCode', event.dossierCode, 40, /^[0-9A-Za-z.-]+$/);
  checkText('note', event.note, 500);
  checkText('applicantName', event.applicantName, 200);
  checkText('applicantIdNumber', event.applicantIdNumber, 20, /^[0-9A-Za-z]+$/);
  if (event.type === 'RECEIVED') {
    required(event.reference, 'reference', event.type);
    required(event.procedureCode, 'procedureCode', event.type);
    required(event.channel, 'channel', event.type);
    required(event.applicantType, 'applicantType', event.type);
  } else if (!event.reference && !event.dossierCode) {
    throw new BadUserInputError(`a ${event.type} event names its dossier by reference or dossierCode`, 'reference');
  }
}

/** The dossier an event names, by code or by the desk's reference, refused unless it is the unit's own. */
export async function findDossier(
  manager: EntityManager,
  event: Pick<DeskEvent, 'unitCode' | 'reference' | 'dossierCode'>,
): Promise<Dossier> {
  const where = event.dossierCode
    ? { code: event.dossierCode }
    : { unitCode: event.unitCode, reference: event.reference! };
  const dossier = await manager.getRepository(DossierEntity).findOneBy(where);
  // Events arrive in order: a transition for a dossier not yet received is refused, not guessed at.
  if (!dossier || dossier.unitCode !== event.unitCode) {
    const name = event.dossierCode ? `code ${event.dossierCode}` : `reference ${event.reference}`;
    throw new BadUserInputError(
      `no dossier with ${name} has been received at unit ${event.unitCode}; a dossier's RECEIVED event must come first`,
      event.dossierCode ? 'dossierCode' : 'reference',
    );
  }
  return dossier;
}

async function receive(manager: EntityManager, event: DeskEvent, level: ProcedureLevel): Promise<Dossier> {
  const procedure = await manager.getRepository(ProcedureEntity).findOneBy({ code: event.procedureCode! });
  // The level with its period: the district's procedures are the commune desks' from 2025-07-01.
  const day = vnDate(event.at);
  const periods = await manager.getRepository(ProcedureLevelEntity).findBy({ procedureCode: event.procedureCode! });
  if (!procedure || (periods.length > 0 && levelOn(periods, day) !== level)) {
    throw new BadUserInputError(
      `procedure ${event.procedureCode} is not a ${level.toLowerCase()}-level procedure${procedure ? ` on ${day}` : ''}`,
      'procedureCode',
    );
  }
  if (await manager.getRepository(DossierEntity).existsBy({ unitCode: event.unitCode, reference: event.reference! })) {
    throw new ConflictError(`unit ${event.unitCode} already recorded a dossier with reference ${event.reference}`);
  }
  return receiveDossierIn(manager, {
    unitCode: event.unitCode,
    reference: event.reference,
    procedureCode: procedure.code,
    channel: event.channel!,
    receivedAt: event.at,
    applicantType: event.applicantType,
    applicantName: event.applicantName,
    applicantIdNumber: event.applicantIdNumber,
    note: event.note,
  });
}

async function transition(manager: EntityManager, event: DeskEvent): Promise<Dossier> {
  const dossier = await findDossier(manager, event);
  const rule = EVENT_RULES[event.type as Exclude<DeskEventType, 'RECEIVED'>];
  if (rule.from && !rule.from.includes(dossier.status)) {
    throw new BadUserInputError(
      `a ${event.type} event needs a dossier ${rule.from.join(' or ')}; ${dossier.code} is ${dossier.status}`,
      'type',
    );
  }
  return transitionDossierIn(manager, dossier.code, { status: rule.status, at: event.at, note: event.note });
}

/**
 * Applies one desk event inside the caller's transaction, exactly once per (unit, event id):
 * a replay returns the first result and writes nothing (`replayed`, which an import counts);
 * the same id with another payload is a CONFLICT. The caller has checked that the desk may
 * write for `event.unitCode`.
 */
export async function applyDeskEvent(
  manager: EntityManager,
  event: DeskEvent,
  level: ProcedureLevel,
): Promise<{ result: DeskEventResult; replayed: boolean }> {
  const counted = subgraphMetrics(manager.connection)?.deskEvents;
  const type = DESK_EVENT_TYPES.includes(event.type) ? event.type : 'invalid';
  try {
    const applied = await applyOnce(manager, event, level);
    counted?.inc({ type, outcome: applied.replayed ? 'replayed' : 'recorded' });
    return applied;
  } catch (error) {
    counted?.inc({ type, outcome: 'refused' });
    throw error;
  }
}

async function applyOnce(
  manager: EntityManager,
  event: DeskEvent,
  level: ProcedureLevel,
): Promise<{ result: DeskEventResult; replayed: boolean }> {
  validateDeskEvent(event);
  return onceByEventId(manager, event.unitCode, event.eventId, requestHash(event), async () => {
    const dossier = event.type === 'RECEIVED' ? await receive(manager, event, level) : await transition(manager, event);
    return { eventId: event.eventId, dossierCode: dossier.code, status: dossier.status, dueOn: dossier.dueOn };
  });
}

/**
 * Runs `apply` once per (unit, event id), for desk events and scorecard facts alike: a replay
 * returns the first result and writes nothing; the same id with another payload is a CONFLICT.
 */
export async function onceByEventId<R>(
  manager: EntityManager,
  unitCode: string,
  eventId: string,
  hash: string,
  apply: () => Promise<R>,
): Promise<{ result: R; replayed: boolean }> {
  const records = manager.getRepository(DeskEventEntity);
  const previous = await records.findOneBy({ unitCode, eventId });
  if (previous) {
    if (previous.requestHash !== hash)
      throw new ConflictError(`event ${eventId} was already recorded with different content`);
    return { result: JSON.parse(previous.result), replayed: true };
  }
  const result = await apply();
  await records.insert({
    unitCode,
    eventId,
    requestHash: hash,
    result: JSON.stringify(result),
    recordedAt: new Date(),
  });
  return { result, replayed: false };
}
