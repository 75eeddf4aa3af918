import type { FeedbackClassification, RatingVerdict } from './factTables';

export const SCORECARD_FACT_KINDS = [
  'DOSSIER',
  'RATED',
  'FEEDBACK_RECEIVED',
  'FEEDBACK_ASSIGNED',
  'FEEDBACK_ANSWERED',
  'FEEDBACK_CLOSED',
] as const;
export type ScorecardFactKind = (typeof SCORECARD_FACT_KINDS)[number];

/** The dossier fields a DOSSIER fact may set; a field left out keeps what was recorded before. */
export const DOSSIER_FACT_FIELDS = [
  'fee',
  'paidOnline',
  'documentsDigitised',
  'resultElectronic',
  'certifiedCopies',
  'certifiedElectronically',
  'reusedData',
  'sharedForReuse',
  'usedPopulationDb',
  'syncedToPortal',
] as const;

/**
 * What a desk reports for the scorecard, as pushed through the API or read from an export file:
 * a dossier's scorecard facts, a citizen's rating, or a step of a feedback item's lifecycle.
 */
export interface ScorecardFact {
  eventId: string;
  unitCode: string;
  kind: ScorecardFactKind;
  at: Date;
  dossierCode?: string | null;
  reference?: string | null;
  fee?: number | null;
  paidOnline?: boolean | null;
  documentsDigitised?: boolean | null;
  resultElectronic?: boolean | null;
  certifiedCopies?: number | null;
  certifiedElectronically?: number | null;
  reusedData?: boolean | null;
  sharedForReuse?: boolean | null;
  usedPopulationDb?: boolean | null;
  syncedToPortal?: boolean | null;
  verdict?: RatingVerdict | null;
  feedbackId?: string | null;
  classification?: FeedbackClassification | null;
  aboutDissatisfaction?: boolean | null;
  satisfiedWithAnswer?: boolean | null;
}

/** The first result of a fact; a replay returns exactly this. */
export interface ScorecardFactResult {
  eventId: string;
  kind: ScorecardFactKind;
  /** The dossier's code, or the feedback item's id. */
  subject: string;
  /** Feedback only: its status after the fact, and its due day. */
  feedbackStatus: string | null;
  dueOn: string | null;
}
