import { BadUserInputError } from '../../../shared/errors';
import { checkInstant, checkText } from '../../events/deskEvents';
import { DOSSIER_FACT_FIELDS, SCORECARD_FACT_KINDS, type ScorecardFact } from './scorecardFacts';

const FEEDBACK_KINDS = new Set(['FEEDBACK_RECEIVED', 'FEEDBACK_ASSIGNED', 'FEEDBACK_ANSWERED', 'FEEDBACK_CLOSED']);

function requireField(fact: ScorecardFact, field: keyof ScorecardFact): void {
  const value = fact[field];
  if (value === null || value === undefined || value === '')
    throw new BadUserInputError(`${field} is required for a ${fact.kind} fact`, field);
}

function checkCounts(fact: ScorecardFact): void {
  for (const field of ['fee', 'certifiedCopies', 'certifiedElectronically'] as const) {
    const value = fact[field];
    if (value !== null && value !== undefined && (!Number.isInteger(value) || value < 0))
      throw new BadUserInputError(`${field} must be a whole number, 0 or more`, field);
  }
  if ((fact.certifiedElectronically ?? 0) > (fact.certifiedCopies ?? fact.certifiedElectronically ?? 0))
    throw new BadUserInputError('certifiedElectronically may not exceed certifiedCopies', 'certifiedElectronically');
}

/** Checks everything that does not need the database, so a bad fact costs no statement. */
export function validateScorecardFact(fact: ScorecardFact, now = new Date()): void {
  requireField(fact, 'eventId');
  checkText('eventId', fact.eventId, 100, /^[A-Za-z0-9_.:-]+$/);
  if (!SCORECARD_FACT_KINDS.includes(fact.kind))
    throw new BadUserInputError(`kind must be one of ${SCORECARD_FACT_KINDS.join(', ')}`, 'kind');
  checkInstant(fact.at, now);
  checkText('reference', fact.reference, 60, /^[\p{L}\p{N}_.:/-]+$/u);
  checkText('dossierCode', fact.dossierCode, 40, /^[0-9A-Za-z.-]+$/);
  checkText('feedbackId', fact.feedbackId, 60, /^[A-Za-z0-9_.:/-]+$/);
  checkCounts(fact);
  const namesDossier = Boolean(fact.dossierCode || fact.reference);
  if ((fact.kind === 'DOSSIER' || fact.kind === 'RATED') && !namesDossier)
    throw new BadUserInputError(`a ${fact.kind} fact names its dossier by reference or dossierCode`, 'reference');
  if (fact.kind === 'DOSSIER' && DOSSIER_FACT_FIELDS.every((f) => fact[f] === null || fact[f] === undefined))
    throw new BadUserInputError('a DOSSIER fact sets at least one of ' + DOSSIER_FACT_FIELDS.join(', '), 'kind');
  if (fact.kind === 'RATED') requireField(fact, 'verdict');
  if (FEEDBACK_KINDS.has(fact.kind)) requireField(fact, 'feedbackId');
  if (fact.kind === 'FEEDBACK_RECEIVED') requireField(fact, 'classification');
}
