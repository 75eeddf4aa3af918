import type { EntityManager } from 'typeorm';
import { vnDate } from '../../../shared/dates';
import { BadUserInputError, ConflictError } from '../../../shared/errors';
import { loadCalendar } from '../../calendar/holidaySeed';
import { findDossier } from '../../events/deskEvents';
import { FeedbackEntity, type FeedbackRow, type FeedbackStatus } from './factTables';
import type { ScorecardFact, ScorecardFactResult } from './scorecardFacts';

/** Working days a unit has to handle citizen feedback (the portal's rule for phản ánh, kiến nghị). */
export const FEEDBACK_TIME_LIMIT = 15;

/** Each step of a feedback item's lifecycle, the status it leads to and the statuses it may follow. */
const STEPS = {
  FEEDBACK_ASSIGNED: { status: 'ASSIGNED', from: ['RECEIVED'], column: 'assignedOn' },
  FEEDBACK_ANSWERED: { status: 'ANSWERED', from: ['RECEIVED', 'ASSIGNED'], column: 'answeredOn' },
  FEEDBACK_CLOSED: { status: 'CLOSED', from: ['ANSWERED'], column: 'closedOn' },
} as const satisfies Record<string, { status: FeedbackStatus; from: FeedbackStatus[]; column: keyof FeedbackRow }>;

const resultOf = (fact: ScorecardFact, row: FeedbackRow): ScorecardFactResult => ({
  eventId: fact.eventId,
  kind: fact.kind,
  subject: row.feedbackId,
  feedbackStatus: row.status,
  dueOn: row.dueOn,
});

async function receiveFeedback(manager: EntityManager, fact: ScorecardFact): Promise<ScorecardFactResult> {
  const repository = manager.getRepository(FeedbackEntity);
  if (await repository.existsBy({ unitCode: fact.unitCode, feedbackId: fact.feedbackId! }))
    throw new ConflictError(`unit ${fact.unitCode} already recorded feedback ${fact.feedbackId}`);
  const dossierCode = fact.dossierCode || fact.reference ? (await findDossier(manager, fact)).code : null;
  const receivedOn = vnDate(fact.at);
  const calendar = await loadCalendar(manager);
  const row: FeedbackRow = {
    unitCode: fact.unitCode,
    feedbackId: fact.feedbackId!,
    status: 'RECEIVED',
    receivedOn,
    dueOn: calendar.addWorkingDays(receivedOn, FEEDBACK_TIME_LIMIT),
    assignedOn: null,
    answeredOn: null,
    closedOn: null,
    classification: fact.classification!,
    aboutDissatisfaction: fact.aboutDissatisfaction ?? false,
    satisfiedWithAnswer: null,
    dossierCode,
  };
  await repository.insert(row);
  return resultOf(fact, row);
}

/** Records a step of a feedback item's life; a step out of order is refused, naming the rule. */
export async function applyFeedbackFact(manager: EntityManager, fact: ScorecardFact): Promise<ScorecardFactResult> {
  if (fact.kind === 'FEEDBACK_RECEIVED') return receiveFeedback(manager, fact);
  const step = STEPS[fact.kind as keyof typeof STEPS];
  const repository = manager.getRepository(FeedbackEntity);
  const row = await repository.findOneBy({ unitCode: fact.unitCode, feedbackId: fact.feedbackId! });
  if (!row)
    throw new BadUserInputError(
      `no feedback ${fact.feedbackId} has been received at unit ${fact.unitCode}; its FEEDBACK_RECEIVED fact must come first`,
      'feedbackId',
    );
  if (!(step.from as readonly string[]).includes(row.status))
    throw new BadUserInputError(
      `a ${fact.kind} fact needs feedback ${step.from.join(' or ')}; ${row.feedbackId} is ${row.status}`,
      'kind',
    );
  const on = vnDate(fact.at);
  if (on < row.receivedOn) throw new BadUserInputError(`at is before the feedback was received`, 'at');
  const next: FeedbackRow = { ...row, status: step.status, [step.column]: on };
  if (fact.kind === 'FEEDBACK_CLOSED') next.satisfiedWithAnswer = fact.satisfiedWithAnswer ?? null;
  if (fact.classification) next.classification = fact.classification;
  await repository.save(next);
  return resultOf(fact, next);
}
