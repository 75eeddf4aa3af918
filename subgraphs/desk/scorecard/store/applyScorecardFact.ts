import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { vnDate } from '../../../shared/dates';
import { findDossier, onceByEventId } from '../../events/deskEvents';
import { DossierFactEntity, DossierRatingEntity, type DossierFactRow } from './factTables';
import { applyFeedbackFact } from './feedbackWrites';
import { DOSSIER_FACT_FIELDS, type ScorecardFact, type ScorecardFactResult } from './scorecardFacts';
import { validateScorecardFact } from './validateScorecardFact';

/** What a dossier has before any fact is recorded for it: nothing done, nothing charged. */
const NO_FACTS: Omit<DossierFactRow, 'dossierCode' | 'unitCode'> = {
  fee: 0,
  paidOnline: false,
  documentsDigitised: false,
  resultElectronic: false,
  certifiedCopies: 0,
  certifiedElectronically: 0,
  reusedData: false,
  sharedForReuse: false,
  usedPopulationDb: false,
  syncedToPortal: false,
};

async function recordDossierFacts(manager: EntityManager, fact: ScorecardFact): Promise<ScorecardFactResult> {
  const dossier = await findDossier(manager, fact);
  const repository = manager.getRepository(DossierFactEntity);
  const row = (await repository.findOneBy({ dossierCode: dossier.code })) ?? {
    dossierCode: dossier.code,
    unitCode: dossier.unitCode,
    ...NO_FACTS,
  };
  const given = DOSSIER_FACT_FIELDS.filter((field) => fact[field] !== null && fact[field] !== undefined);
  Object.assign(row, Object.fromEntries(given.map((field) => [field, fact[field]])));
  await repository.save(row);
  return { eventId: fact.eventId, kind: fact.kind, subject: dossier.code, feedbackStatus: null, dueOn: null };
}

async function recordRating(manager: EntityManager, fact: ScorecardFact): Promise<ScorecardFactResult> {
  const dossier = await findDossier(manager, fact);
  // A citizen may change their mind: the latest rating is the one that counts.
  await manager.getRepository(DossierRatingEntity).save({
    dossierCode: dossier.code,
    unitCode: dossier.unitCode,
    ratedOn: vnDate(fact.at),
    verdict: fact.verdict!,
  });
  return { eventId: fact.eventId, kind: fact.kind, subject: dossier.code, feedbackStatus: null, dueOn: null };
}

function requestHash(fact: ScorecardFact): string {
  return createHash('sha256')
    .update(JSON.stringify({ scorecard: true, ...fact, at: fact.at.toISOString() }))
    .digest('hex');
}

/**
 * Applies one scorecard fact inside the caller's transaction, exactly once per (unit, event id),
 * in the same record of event ids as desk events: a replay returns the first result and writes
 * nothing; the same id with other content is a CONFLICT. The caller has checked the unit.
 */
export async function applyScorecardFact(
  manager: EntityManager,
  fact: ScorecardFact,
): Promise<{ result: ScorecardFactResult; replayed: boolean }> {
  validateScorecardFact(fact);
  return onceByEventId(manager, fact.unitCode, fact.eventId, requestHash(fact), () =>
    fact.kind === 'DOSSIER'
      ? recordDossierFacts(manager, fact)
      : fact.kind === 'RATED'
        ? recordRating(manager, fact)
        : applyFeedbackFact(manager, fact),
  );
}
