import { EntitySchema } from 'typeorm';

/*
 * The facts the Decision 766 scorecard is counted from (DESIGN.md, "Fact model"). None of them
 * holds a name, an ID number, an address or free text of a citizen: a dossier is named by its
 * code, a feedback item by the desk's own id, a rating by its verdict only.
 */

/** Per procedure of the level's catalogue: publication, public content, fee and online payment. */
export interface ProcedureFactRow {
  procedureCode: string;
  /** The province's publishing decision (quyết định công bố), and the day it was due. */
  publishedOn: string;
  publicationDueOn: string;
  /** The latest update made public (công khai), and the day it was due; null when never updated. */
  madePublicOn: string | null;
  updateDueOn: string | null;
  contentFullyPublic: boolean;
  onlinePaymentOffered: boolean;
  populationDbConnected: boolean;
}

/** Per dossier: what the scorecard needs beyond its lifecycle. */
export interface DossierFactRow {
  dossierCode: string;
  unitCode: string;
  /** Fee in đồng; 0 when nothing was charged. */
  fee: number;
  paidOnline: boolean;
  documentsDigitised: boolean;
  resultElectronic: boolean;
  /** Copies certified (chứng thực) for this dossier, and how many of them electronically. */
  certifiedCopies: number;
  certifiedElectronically: number;
  reusedData: boolean;
  sharedForReuse: boolean;
  usedPopulationDb: boolean;
  syncedToPortal: boolean;
}

export type RatingVerdict = 'LIKE' | 'DISLIKE';

/** A citizen's rating of a dossier: the verdict only, never the person. One per dossier. */
export interface DossierRatingRow {
  dossierCode: string;
  unitCode: string;
  ratedOn: string;
  verdict: RatingVerdict;
}

export type FeedbackClassification = 'PROCEDURE' | 'STAFF' | 'UNCLASSIFIED';
export type FeedbackStatus = 'RECEIVED' | 'ASSIGNED' | 'ANSWERED' | 'CLOSED';

/** Citizen feedback (phản ánh, kiến nghị) and its lifecycle; its text stays in the desk's system. */
export interface FeedbackRow {
  unitCode: string;
  feedbackId: string;
  status: FeedbackStatus;
  receivedOn: string;
  /** receivedOn plus FEEDBACK_TIME_LIMIT working days on the desk's calendar. */
  dueOn: string;
  assignedOn: string | null;
  answeredOn: string | null;
  closedOn: string | null;
  classification: FeedbackClassification;
  /** A complaint about dissatisfaction with how a procedure was handled: what F15 counts. */
  aboutDissatisfaction: boolean;
  satisfiedWithAnswer: boolean | null;
  /** The dossier it is about, when there is one. */
  dossierCode: string | null;
}

const day = (name: string, nullable = false) => ({ name, type: 'date' as const, nullable });
const flag = (name: string) => ({ name, type: 'boolean' as const });

export const ProcedureFactEntity = new EntitySchema<ProcedureFactRow>({
  name: 'ProcedureFact',
  tableName: 'procedure_fact',
  columns: {
    procedureCode: { name: 'procedure_code', type: 'varchar', length: 20, primary: true },
    publishedOn: day('published_on'),
    publicationDueOn: day('publication_due_on'),
    madePublicOn: day('made_public_on', true),
    updateDueOn: day('update_due_on', true),
    contentFullyPublic: flag('content_fully_public'),
    onlinePaymentOffered: flag('online_payment_offered'),
    populationDbConnected: flag('population_db_connected'),
  },
});

export const DossierFactEntity = new EntitySchema<DossierFactRow>({
  name: 'DossierFact',
  tableName: 'dossier_fact',
  columns: {
    dossierCode: { name: 'dossier_code', type: 'varchar', length: 40, primary: true },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10 },
    fee: { type: 'int' },
    paidOnline: flag('paid_online'),
    documentsDigitised: flag('documents_digitised'),
    resultElectronic: flag('result_electronic'),
    certifiedCopies: { name: 'certified_copies', type: 'int' },
    certifiedElectronically: { name: 'certified_electronically', type: 'int' },
    reusedData: flag('reused_data'),
    sharedForReuse: flag('shared_for_reuse'),
    usedPopulationDb: flag('used_population_db'),
    syncedToPortal: flag('synced_to_portal'),
  },
});

export const DossierRatingEntity = new EntitySchema<DossierRatingRow>({
  name: 'DossierRating',
  tableName: 'dossier_rating',
  columns: {
    dossierCode: { name: 'dossier_code', type: 'varchar', length: 40, primary: true },
    unitCode: { name: 'unit_code', type: 'varchar', length: 10 },
    ratedOn: day('rated_on'),
    verdict: { type: 'varchar', length: 10 },
  },
});

export const FeedbackEntity = new EntitySchema<FeedbackRow>({
  name: 'Feedback',
  tableName: 'feedback',
  columns: {
    unitCode: { name: 'unit_code', type: 'varchar', length: 10, primary: true },
    feedbackId: { name: 'feedback_id', type: 'varchar', length: 60, primary: true },
    status: { type: 'varchar', length: 10 },
    receivedOn: day('received_on'),
    dueOn: day('due_on'),
    assignedOn: day('assigned_on', true),
    answeredOn: day('answered_on', true),
    closedOn: day('closed_on', true),
    classification: { type: 'varchar', length: 12 },
    aboutDissatisfaction: flag('about_dissatisfaction'),
    satisfiedWithAnswer: { name: 'satisfied_with_answer', type: 'boolean', nullable: true },
    dossierCode: { name: 'dossier_code', type: 'varchar', length: 40, nullable: true },
  },
});

export const SCORECARD_ENTITIES = [ProcedureFactEntity, DossierFactEntity, DossierRatingEntity, FeedbackEntity];
