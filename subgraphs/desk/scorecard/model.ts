/**
 * The records the facts are counted from (DESIGN.md, "Fact model"). Types only: the tables
 * come with the desk module. None of them holds a person's name, number or address; a
 * dossier is named by the desk's reference, a feedback item by its own id.
 */

/** Online level of a procedure as the national portal names it. */
export type OnlineLevel = 'NONE' | 'PARTIAL' | 'FULL';

/** Per procedure and unit (the unit's copy of the province's list): publication and online offer. */
export interface ProcedureFacts {
  unitCode: string;
  procedureCode: string;
  /** Date of the province's publishing decision (quyết định công bố), YYYY-MM-DD. */
  publishedOn: string;
  /** Latest date the publishing decision was due (legal basis in force − 5 working days). */
  publicationDueOn: string;
  /** Dates the procedure was updated and made public (công khai), each with its due date. */
  updates: readonly { madePublicOn: string; dueOn: string }[];
  /** Every part named in Decree 63/2010 art. 8(2) is public (name, steps, channels, ...). */
  contentFullyPublic: boolean;
  forCitizens: boolean;
  feeBearing: boolean;
  /** The procedure issues a paper result (kết quả bằng văn bản, giấy tờ). */
  requiresResultDocument: boolean;
  onlineLevel: OnlineLevel;
  onlinePaymentOffered: boolean;
  populationDbConnected: boolean;
}

/** Per dossier: what the scorecard needs beyond the desk's lifecycle (received, due, resolved). */
export interface DossierScorecardFacts {
  unitCode: string;
  reference: string;
  procedureCode: string;
  receivedOnline: boolean;
  /** Fee in đồng; 0 when the procedure charges nothing for this dossier. */
  fee: number;
  paidOnline: boolean;
  documentsDigitised: boolean;
  resultElectronic: boolean;
  /** For certification (chứng thực) dossiers: the copy was certified electronically. */
  certifiedElectronically: boolean | null;
  reusedDigitisedData: boolean;
  sharedForReuse: boolean;
  usedPopulationDb: boolean;
  syncedToNationalPortal: boolean;
}

/** A citizen's rating of a dossier: only the verdict, never the person. */
export interface DossierRating {
  unitCode: string;
  reference: string;
  ratedOn: string;
  verdict: 'LIKE' | 'DISLIKE';
}

export type FeedbackStatus = 'RECEIVED' | 'ASSIGNED' | 'ANSWERED' | 'CLOSED';
export type FeedbackClassification = 'PROCEDURE' | 'STAFF' | 'UNCLASSIFIED';

/** Citizen feedback (phản ánh, kiến nghị) with its lifecycle; the text stays in the source system. */
export interface FeedbackItem {
  unitCode: string;
  feedbackId: string;
  receivedOn: string;
  assignedOn: string | null;
  answeredOn: string | null;
  closedOn: string | null;
  /** receivedOn + the time limit in working days (15 for handling, per the portal). */
  dueOn: string;
  classification: FeedbackClassification;
  /** About dissatisfaction with how a procedure was handled: what F15 counts. */
  aboutDissatisfaction: boolean;
  satisfiedWithAnswer: boolean | null;
  /** The dossier it is about, when there is one (counts towards dossiersComplainedOrDisliked). */
  reference: string | null;
}

/** A plan to raise citizen satisfaction (reform subgraph): what F16 counts. */
export interface SatisfactionPlan {
  unitCode: string;
  planYear: number;
  adoptedOn: string;
  documentNumber: string;
}
