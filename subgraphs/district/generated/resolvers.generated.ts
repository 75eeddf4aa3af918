import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Procedure as ProcedureRow, Simplification as SimplificationRow } from '../../desk/catalogue/procedureEntities';
import type { Dossier as DossierRow, DossierEvent as DossierEventRow } from '../../desk/dossiers/dossierEntity';
import type { BreakdownCountsRow, ReportKey } from '../../desk/statistics/statisticsLoaders';
import type { DeskEventResult as DeskEventResultRow } from '../../desk/events/deskEvents';
import type { UnitPeriod } from '../../desk/units/types';
import type { LineageView } from '../../desk/resolvers/AdministrativeUnit';
import type { ScorecardView } from '../../desk/scorecard/store/scorecardView';
import type { DrillDownView } from '../../desk/scorecard/store/readDrillDown';
import type { ScorecardFactResult as ScorecardFactResultRow } from '../../desk/scorecard/store/scorecardFacts';
import type { FeedbackItemView } from '../../desk/scorecard/resolvers/ScorecardResolvers';
import type { DistrictScorecardKey } from '../../desk/scorecard/resolvers/districtScorecard';
import type { District as DistrictRow } from '../entities/DistrictEntity';
import type { BreakdownKeyArgs } from '../../desk/statistics/breakdownKeys';
import type { ProcedureRef } from '../../desk/resolvers/ProcedureEntity';
import type { AreaParent } from '../resolvers/AreaThatWas';
import type { DistrictContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day written YYYY-MM-DD. Windows are calendar days in Vietnam time (UTC+7), both ends inclusive. */
  Date: { input: Date; output: Date | string; }
  /** An instant, ISO 8601 with its offset. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * An administrative unit as it was for one period. A code alone is not an identity: 00541 was Xã
 * Dương Hà until 2024-12-31, Xã Thiên Đức from 2025-01-01 and the new Xã Phù Đổng from
 * 2025-07-01, three units. The identity is `id`, the code and the first day of the period
 * (`00541@2025-01-01`; `00541@` for a unit already in force before the 2021 list). Name, kind
 * and parent belong to the period. The district and commune subgraphs both hold the whole
 * reference (read-only, loaded from the repository's reference files), so a unit and its lineage
 * are reachable from either.
 */
export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  /** The national statistics office's code (may name other units in other periods). */
  code: Scalars['String']['output'];
  /** `code@validFrom`, e.g. `00541@2025-07-01`; `code@` when in force before the 2021 list. */
  id: Scalars['ID']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
  /** The unit above it on the first day of this period (Gia Lâm's 2025 successors sit directly under Hà Nội); null for a province. */
  parent?: Maybe<AdministrativeUnit>;
  /** The units it was formed from, with the day and resolution. */
  predecessors: Array<UnitLineage>;
  /** The units it passed into when it ended; empty while in force. */
  successors: Array<UnitLineage>;
  /** First day of this period; null when in force before the 2021 list. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of this period; null while in force. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type ApplicantType =
  | 'CITIZEN'
  | 'ORGANIZATION';

/**
 * One month of "the area that was" a unit: dossiers received that month and, of those, resolved by
 * the end of the window.
 */
export type AreaMonth = {
  __typename?: 'AreaMonth';
  /**
   * True when part of the month's figures came through a split whose share no one published: a
   * unit whose desk is not in this data set (Phường Long Biên, Phường Phúc Lợi) counts by its pieces
   * from the area over all its pieces (1/7, 1/6).
   */
  estimate: Scalars['Boolean']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  received: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
};

/**
 * "The area that was" a district for a window. The district subgraph answers its own desk's part
 * and the whole; the commune subgraph the commune-level desks' part.
 */
export type AreaThatWas = {
  __typename?: 'AreaThatWas';
  /** The unit the code named on `from` (Huyện Gia Lâm, 018@, also for a window after its end). */
  area: AdministrativeUnit;
  code: Scalars['String']['output'];
  communeDesks: Array<AreaMonth>;
  /** The district desk's dossiers, every month of the window (zeros from 2025-07-01: the desk closed). */
  districtDesk: Array<AreaMonth>;
  from: Scalars['Date']['output'];
  /** The area's figures every month of the window: districtDesk + communeDesks. */
  months: Array<AreaMonth>;
  /** How the units it became are counted after its end. */
  rule: Scalars['String']['output'];
  to: Scalars['Date']['output'];
};

/**
 * A report's dossier figures broken down by the same dimensions and filter at each level: the
 * district subgraph answers `districtLevel`, the commune subgraph `communeLevel`, and `total`
 * adds rows with the same key across the two.
 */
export type Breakdown = {
  __typename?: 'Breakdown';
  /** The dimensions asked for, in the order the rows are keyed. */
  by: Array<StatsDimension>;
  districtCode: Scalars['String']['output'];
  /** The district's own desk. */
  districtLevel: Array<BreakdownRow>;
  from: Scalars['Date']['output'];
  /** The dimensions and filter, encoded; opaque. */
  spec: Scalars['String']['output'];
  to: Scalars['Date']['output'];
};

export type BreakdownKey = {
  __typename?: 'BreakdownKey';
  channel?: Maybe<Channel>;
  level?: Maybe<ProcedureLevel>;
  /** YYYY-MM. */
  month?: Maybe<Scalars['String']['output']>;
  procedureCode?: Maybe<Scalars['String']['output']>;
  sector?: Maybe<Scalars['String']['output']>;
  unitCode?: Maybe<Scalars['String']['output']>;
};

/** One row of a breakdown: the values of the dimensions asked for (the others null) and the figures. */
export type BreakdownRow = {
  __typename?: 'BreakdownRow';
  figures: DossierFigures;
  key: BreakdownKey;
};

/** How a dossier reached the desk. */
export type Channel =
  /** At the desk (trực tiếp). */
  | 'IN_PERSON'
  /** Through the online public-service portal (trực tuyến). */
  | 'ONLINE'
  /** By post (bưu chính công ích). */
  | 'POST';

/**
 * One event of a desk's case system. `eventId` is the desk's own id for the event: pushing the
 * same event again is a no-op that returns the first result; the same id with other content is
 * a CONFLICT. `at` may not be in the future. The due day is computed from the procedure and the
 * working-day calendar, never taken from the desk.
 */
export type DeskEventInput = {
  /** Stored, never exposed. */
  applicantIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** Stored, never exposed. */
  applicantName?: InputMaybe<Scalars['String']['input']>;
  applicantType?: InputMaybe<ApplicantType>;
  at: Scalars['DateTime']['input'];
  channel?: InputMaybe<Channel>;
  /** Alternatively, later events may name the dossier by its code. */
  dossierCode?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** RECEIVED only: a procedure of this level in force on the receipt day. */
  procedureCode?: InputMaybe<Scalars['String']['input']>;
  /** The desk's own case id; required for RECEIVED, and names the dossier in later events. */
  reference?: InputMaybe<Scalars['String']['input']>;
  type: DeskEventType;
  /** The desk's unit; must be the unit its token is bound to (FORBIDDEN otherwise). */
  unitCode: Scalars['String']['input'];
};

/** What an event did: the same for a replay as for the first push. */
export type DeskEventResult = {
  __typename?: 'DeskEventResult';
  /** The dossier as it is now. */
  dossier?: Maybe<Dossier>;
  dossierCode: Scalars['String']['output'];
  dueOn: Scalars['Date']['output'];
  eventId: Scalars['String']['output'];
  status: DossierStatus;
};

/** What a desk reports happened to a dossier. */
export type DeskEventType =
  | 'DENIED'
  | 'IN_PROGRESS'
  /** A dossier was received (procedure, channel, applicant type and the desk's own case reference required). */
  | 'RECEIVED'
  | 'RESOLVED'
  /** The result was handed to the applicant. */
  | 'RETURNED'
  /** The supplement came: handling and the deadline resume. */
  | 'SUPPLEMENT_RECEIVED'
  /** The desk asked the applicant for a supplement: the deadline pauses. */
  | 'SUPPLEMENT_REQUESTED'
  | 'WITHDRAWN';

/** A district (quận/huyện) and its one-stop desk. */
export type District = {
  __typename?: 'District';
  /**
   * "The area that was" this district, month by month from `from` to `to`, as one continuous
   * series across the 2025 changes: until 2025-06-30 the district's desk and the commune-level
   * desks under it; from 2025-07-01 (the district ended) the units it became, each whole, except a
   * ward whose desk is not in this data set, counted by its share and marked `estimate`. A window as
   * for `report`. Gia Lâm (018) from 2021 to today: every month has dossiers.
   */
  areaThatWas: AreaThatWas;
  code: Scalars['String']['output'];
  /** A dossier of the district's own desk by its code; null when it has none. Needs the integrator or admin role. */
  dossier?: Maybe<Dossier>;
  /** Dossiers of the district's own desk, in code order. Needs the integrator or admin role (FORBIDDEN otherwise). */
  dossiers: DossierConnection;
  name: Scalars['String']['output'];
  /** Every unit this code has named, with lineage: Gia Lâm (018) ended on 2025-06-30 and passed into six units. */
  periods: Array<AdministrativeUnit>;
  /** Code of the province or centrally-run city (Hà Nội is "01"). */
  provinceCode: Scalars['String']['output'];
  /**
   * Procedure and dossier figures for the days from `from` to `to` (Vietnam time, both inclusive).
   * `from` after `to`, a day before 2000-01-01 or after 2099-12-31, or a window longer than 3,660
   * days (ten years) is a BAD_USER_INPUT error naming the bound (defaults; see the README).
   */
  report: Report;
  /**
   * The district's Decision 766 scorecard for a period: its own desk, its commune-level desks and
   * the two pooled. A key not of the period's shape (2021-05, 2021-Q2, 2021) is BAD_USER_INPUT.
   */
  scorecard: DistrictScorecard;
};


/** A district (quận/huyện) and its one-stop desk. */
export type DistrictAreaThatWasArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** A district (quận/huyện) and its one-stop desk. */
export type DistrictDossierArgs = {
  code: Scalars['String']['input'];
};


/** A district (quận/huyện) and its one-stop desk. */
export type DistrictDossiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DossierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A district (quận/huyện) and its one-stop desk. */
export type DistrictReportArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** A district (quận/huyện) and its one-stop desk. */
export type DistrictScorecardArgs = {
  key: Scalars['String']['input'];
  period: ScorecardPeriod;
};

/**
 * A district-level procedure as an entity: other subgraphs point to it by its national code
 * (reform tasks link the procedures they simplify), and this subgraph, which owns the district
 * catalogue, answers for it.
 */
export type DistrictProcedure = {
  __typename?: 'DistrictProcedure';
  code: Scalars['String']['output'];
  /** The catalogue entry; null when the district catalogue has no procedure with this code. */
  procedure?: Maybe<Procedure>;
};

/** A district's scorecard at each level and across levels: the commune subgraph answers `communeLevel`. */
export type DistrictScorecard = {
  __typename?: 'DistrictScorecard';
  communeFacts?: Maybe<Array<ScorecardFactCount>>;
  districtCode: Scalars['String']['output'];
  /** The district's own one-stop desk. */
  districtLevel: Scorecard;
  key: Scalars['String']['output'];
  period: ScorecardPeriod;
  /** Both levels pooled (facts added up); null when the commune figures are unavailable. */
  total?: Maybe<Scorecard>;
};

/** A dossier (hồ sơ) at a one-stop desk. The applicant's personal data is kept by the desk and never exposed here. */
export type Dossier = {
  __typename?: 'Dossier';
  channel: Channel;
  /** The day it was resolved, denied or withdrawn; null while open. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Unit code, receipt day YYMMDD and the unit's daily sequence number, as national dossier codes are formed: 00583-210531-0042. */
  code: Scalars['String']['output'];
  /** Receipt day plus the time limit in working days, moved by every working day waiting for a supplement; due at the end of that day. */
  dueOn: Scalars['Date']['output'];
  /** Every status change, oldest first. */
  history: Array<DossierEvent>;
  /** Working days spent waiting for the applicant's supplements. */
  pausedWorkingDays: Scalars['Int']['output'];
  procedure: Procedure;
  receivedAt: Scalars['DateTime']['output'];
  /**
   * The unit (code and period) that received it, kept forever: a dossier of Dương Hà (00541) in
   * 2024 stays Dương Hà's although 00541 named Thiên Đức in 2025 and the new Phù Đổng from
   * 2025-07-01. Null only for a desk outside the unit reference.
   */
  receivedBy?: Maybe<AdministrativeUnit>;
  receivedOn: Scalars['Date']['output'];
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** The current status: the last event's. */
  status: DossierStatus;
  supplementRequests: Scalars['Int']['output'];
  unitCode: Scalars['String']['output'];
};

/** A page of dossiers in code order (receipt day, then daily sequence); `first` is 0-100 (default 20). */
export type DossierConnection = {
  __typename?: 'DossierConnection';
  edges: Array<DossierEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DossierEdge = {
  __typename?: 'DossierEdge';
  cursor: Scalars['String']['output'];
  node: Dossier;
};

/** One status change of a dossier; the history is append-only. */
export type DossierEvent = {
  __typename?: 'DossierEvent';
  at: Scalars['DateTime']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The Hà Nội day of `at`. */
  on: Scalars['Date']['output'];
  status: DossierStatus;
};

/**
 * A period's dossier figures, as a one-stop office reports them (OpenCPS) and as Decision
 * 766/QĐ-TTg scores them. A dossier is handled in a period when it was received by its last day and
 * not closed (resolved, denied, withdrawn) before its first. Identities: handled = receivedNew +
 * carriedOver = resolved + denied + withdrawn + inProgress; resolved = resolvedEarly +
 * resolvedOnDueDay + resolvedLate; receivedNew = receivedOnline + receivedInPerson + receivedByPost.
 */
export type DossierFigures = {
  __typename?: 'DossierFigures';
  /** resolvedWorkingDays / resolved, two decimals; null when none was resolved. */
  averageProcessingDays?: Maybe<Scalars['Float']['output']>;
  /** Received before the period and still open at its start. */
  carriedOver: Scalars['Int']['output'];
  /** Denied inside the period. */
  denied: Scalars['Int']['output'];
  handled: Scalars['Int']['output'];
  /** Open at the end of the period: inProgressWithinDeadline + inProgressOverdue. */
  inProgress: Scalars['Int']['output'];
  /** Open at the end of the period, due before its last day. */
  inProgressOverdue: Scalars['Int']['output'];
  /** Open at the end of the period, due on its last day or later. */
  inProgressWithinDeadline: Scalars['Int']['output'];
  /** Percent of resolved that were early or on the due day, two decimals; null when none was resolved. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Decision 766: percent of handled that were resolved on time or are still open within the deadline; null when none was handled. */
  onTimeRate766?: Maybe<Scalars['Float']['output']>;
  /** Percent of receivedNew filed online; null when none was received. */
  onlineShare?: Maybe<Scalars['Float']['output']>;
  receivedByPost: Scalars['Int']['output'];
  receivedInPerson: Scalars['Int']['output'];
  /** Received inside the period. */
  receivedNew: Scalars['Int']['output'];
  receivedOnline: Scalars['Int']['output'];
  /** Resolved inside the period. */
  resolved: Scalars['Int']['output'];
  /** Resolved before the due day, with at most one supplement request. */
  resolvedEarly: Scalars['Int']['output'];
  /** Resolved after the due day, or after more than one supplement request (Decision 766). */
  resolvedLate: Scalars['Int']['output'];
  /** Resolved on the due day itself (until its end), with at most one supplement request. */
  resolvedOnDueDay: Scalars['Int']['output'];
  /** Working days from receipt to resolution, supplement pauses excluded, summed over the resolved ones. */
  resolvedWorkingDays: Scalars['Int']['output'];
  /** Withdrawn by the applicant inside the period. */
  withdrawn: Scalars['Int']['output'];
};

/** Narrows a dossier list; every given condition must hold. */
export type DossierFilter = {
  channel?: InputMaybe<Channel>;
  procedureCode?: InputMaybe<Scalars['String']['input']>;
  /** Received on or after this day. */
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Received on or before this day. */
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<DossierStatus>;
};

/** Dossiers received inside a window and what became of them by its last day. */
export type DossierStats = {
  __typename?: 'DossierStats';
  /** received - resolved. */
  inProgress: Scalars['Int']['output'];
  /** Percent of resolved that were on time, 0-100 with two decimals; null when none was resolved. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Received inside the window. */
  received: Scalars['Int']['output'];
  /** Of those, resolved by the end of the window. */
  resolved: Scalars['Int']['output'];
  /** Of those, resolved no later than their due day. */
  resolvedOnTime: Scalars['Int']['output'];
};

/** Where a dossier stands; every change is a `DossierEvent`. */
export type DossierStatus =
  /** Paused until the applicant supplements it; the paused working days do not count against the deadline. */
  | 'AWAITING_SUPPLEMENT'
  | 'DENIED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'RESOLVED'
  /** Resolved and its result handed to the applicant. */
  | 'RETURNED'
  | 'WITHDRAWN';

export type FeedbackClassification =
  | 'PROCEDURE'
  | 'STAFF'
  | 'UNCLASSIFIED';

export type FeedbackCounts = {
  __typename?: 'FeedbackCounts';
  /** About a procedure or about staff (counted, no points). */
  aboutProcedure: Scalars['Int']['output'];
  aboutStaff: Scalars['Int']['output'];
  answeredOnTime: Scalars['Int']['output'];
  /** Complaints about dissatisfaction received in the period (the record's F15). */
  dissatisfactionComplaints: Scalars['Int']['output'];
  dissatisfiedOrOverdue: Scalars['Int']['output'];
  due: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
};

export type FeedbackItem = {
  __typename?: 'FeedbackItem';
  answeredOn?: Maybe<Scalars['Date']['output']>;
  classification: FeedbackClassification;
  closedOn?: Maybe<Scalars['Date']['output']>;
  dueOn: Scalars['Date']['output'];
  feedbackId: Scalars['String']['output'];
  receivedOn: Scalars['Date']['output'];
  satisfiedWithAnswer?: Maybe<Scalars['Boolean']['output']>;
  status: FeedbackStatus;
  unitCode: Scalars['String']['output'];
};

export type FeedbackStatus =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'RECEIVED';

/** One level's figures for a window. */
export type LevelReport = {
  __typename?: 'LevelReport';
  dossiers: DossierStats;
  /** Procedures in force on the last day of the window. */
  procedures: Scalars['Int']['output'];
  /** Procedures with a simplification decision dated inside the window. */
  simplifiedProcedures: Scalars['Int']['output'];
};

/** How much of the old unit passed into the successor. */
export type LineageShare =
  /** A piece of it (a split): figures passed this way are apportioned, and marked as estimates. */
  | 'PART'
  /** All of it. */
  | 'WHOLE';

/**
 * Writes from the one-stop desks (role `desk`, bound to one unit). Each event is one transaction:
 * the dossier and its history row, visible to statistics as soon as this returns.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Records an event of the district's desk. Transitions the lifecycle does not allow, events for a dossier not yet received, and procedures of another level or not in force are BAD_USER_INPUT naming the rule. */
  recordDistrictDeskEvent: DeskEventResult;
  /** Records a scorecard fact of the district's desk (see ScorecardFactInput). */
  recordDistrictScorecardFact: ScorecardFactResult;
};


/**
 * Writes from the one-stop desks (role `desk`, bound to one unit). Each event is one transaction:
 * the dossier and its history row, visible to statistics as soon as this returns.
 */
export type MutationRecordDistrictDeskEventArgs = {
  event: DeskEventInput;
};


/**
 * Writes from the one-stop desks (role `desk`, bound to one unit). Each event is one transaction:
 * the dossier and its history row, visible to statistics as soon as this returns.
 */
export type MutationRecordDistrictScorecardFactArgs = {
  fact: ScorecardFactInput;
};

/** How far a procedure can be done online. */
export type OnlineServiceLevel =
  /** Entirely online, from filing to result (toàn trình). */
  | 'FULL'
  /** Only at the desk or by post. */
  | 'NONE'
  /** Filed online, finished at the desk (một phần). */
  | 'PARTIAL';

/** Relay page information. Cursors are opaque; pages are in a stable order, so following endCursor never skips or repeats a row. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An administrative procedure (thủ tục hành chính) of a level's catalogue. */
export type Procedure = {
  __typename?: 'Procedure';
  /** National code (mã TTHC). */
  code: Scalars['String']['output'];
  effectiveFrom: Scalars['Date']['output'];
  /** Last day in force; null while in force. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  feeVnd: Scalars['Int']['output'];
  /** Whether it is in force on `on` (effectiveFrom <= on <= effectiveTo). */
  inForce: Scalars['Boolean']['output'];
  /**
   * The level whose desks handle it on `on` (default: today in Hà Nội, or the receipt day when read
   * through a dossier's `procedure`). The catalogue keeps each
   * procedure's level with its period: the district level ended on 2025-07-01, so a procedure
   * the district desks handled until 2025-06-30 is COMMUNE from 2025-07-01.
   */
  level: ProcedureLevel;
  /** Its levels with their periods, oldest first (a district procedure: DISTRICT to 2025-06-30, then COMMUNE). */
  levelPeriods: Array<ProcedureLevelPeriod>;
  name: Scalars['String']['output'];
  onlineLevel: OnlineServiceLevel;
  sector: Scalars['String']['output'];
  /** Its simplification decisions, in decision order. */
  simplifications: Array<Simplification>;
  /** Time limit in working days, as in force now (see `simplifications` for earlier ones). */
  timeLimitDays: Scalars['Int']['output'];
};


/** An administrative procedure (thủ tục hành chính) of a level's catalogue. */
export type ProcedureInForceArgs = {
  on: Scalars['Date']['input'];
};


/** An administrative procedure (thủ tục hành chính) of a level's catalogue. */
export type ProcedureLevelArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of procedures in code order; `first` is 0-100 (default 20). */
export type ProcedureConnection = {
  __typename?: 'ProcedureConnection';
  edges: Array<ProcedureEdge>;
  pageInfo: PageInfo;
  /** How many procedures match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ProcedureEdge = {
  __typename?: 'ProcedureEdge';
  cursor: Scalars['String']['output'];
  node: Procedure;
};

/** Narrows a procedure list; every given condition must hold. */
export type ProcedureFilter = {
  /** In force on this day and handled by the list's level that day (the district's procedures are the commune level's from 2025-07-01). */
  inForceOn?: InputMaybe<Scalars['Date']['input']>;
  level?: InputMaybe<ProcedureLevel>;
  /** Part of the name; case and Vietnamese diacritics are ignored ("giay phep xay dung" finds "Cấp giấy phép xây dựng"). */
  name?: InputMaybe<Scalars['String']['input']>;
  onlineLevel?: InputMaybe<OnlineServiceLevel>;
  sector?: InputMaybe<Scalars['String']['input']>;
  /** true: with at least one simplification decision; false: with none. */
  simplified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Which level's desks handle a procedure. */
export type ProcedureLevel =
  | 'COMMUNE'
  | 'DISTRICT';

/** Which level's desks handled a procedure for one period. */
export type ProcedureLevelPeriod = {
  __typename?: 'ProcedureLevelPeriod';
  level: ProcedureLevel;
  /** First day; null when since before the catalogue's first day. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day; null while so today. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type ProcedureShortfall = {
  __typename?: 'ProcedureShortfall';
  denominator: Scalars['Int']['output'];
  /** Codes of dossiers that fell short; null unless the caller is an integrator or admin. */
  dossiers?: Maybe<Array<Scalars['String']['output']>>;
  numerator: Scalars['Int']['output'];
  pointsLost: Scalars['Float']['output'];
  procedureCode: Scalars['String']['output'];
  shortfall: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A district by its national statistics code (Gia Lâm is "018"); null when no district has that code. */
  district?: Maybe<District>;
  /** A district-level procedure by its national code, as the entity reform tasks point to; null when unknown. */
  districtProcedure?: Maybe<DistrictProcedure>;
  /** The district-level procedure catalogue, in code order. Public. `first` above 100 is a BAD_USER_INPUT error. */
  districtProcedures: ProcedureConnection;
  /** Every district this API holds, ordered by code. */
  districts: Array<District>;
  /**
   * The unit a code meant on a day (Vietnam time); without `on`, today's. A code whose unit ended
   * before that day answers ENDED with its end date and successors (a district after 2025-06-30),
   * never an error or null. A code that never named a unit, or a day not written YYYY-MM-DD, is
   * BAD_USER_INPUT.
   */
  unit: UnitOnDay;
};


export type QueryDistrictArgs = {
  code: Scalars['String']['input'];
};


export type QueryDistrictProcedureArgs = {
  code: Scalars['String']['input'];
};


export type QueryDistrictProceduresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProcedureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnitArgs = {
  code: Scalars['String']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};

export type RatingVerdict =
  | 'DISLIKE'
  | 'LIKE';

/**
 * The figures of one district for one window, joined across levels: the district subgraph
 * answers `districtLevel`, the commune subgraph `communeLevel` and `byCommune`, and `total`
 * adds the two.
 */
export type Report = {
  __typename?: 'Report';
  /**
   * The window's dossier figures at each level and in total, one row per combination of the
   * dimensions in `by` that has dossiers (no dimension: one row for the whole level), rows ordered
   * by level, unit, sector, procedure, channel, month. A dimension given twice, an unknown filter
   * value or more than 500 values in a filter list is a BAD_USER_INPUT error naming the argument.
   * Each level answers at most 15,000 rows. Before anything is read, a request's rows are
   * estimated as months in the window (when MONTH is asked) x 30 units x 2 levels x 40 sectors x
   * 300 procedures x 3 channels for the dimensions asked (a filter list narrows its dimension; a
   * procedure fixes its sector and level, a unit its level) x the districts asked about; over
   * 15,000 in all is QUERY_TOO_COMPLEX saying so, and so is a level with more rows than that.
   */
  breakdown: Breakdown;
  communeDissatisfactionComplaints?: Maybe<Scalars['Int']['output']>;
  /**
   * Citizen feedback received in the window that complains about dissatisfaction with how a
   * procedure was handled, at every desk of the district (the record's F15: 0 in the first half
   * of 2021); null when the commune figures are unavailable.
   */
  dissatisfactionComplaints?: Maybe<Scalars['Int']['output']>;
  districtCode: Scalars['String']['output'];
  /** The district one-stop desk's procedures and dossiers. */
  districtLevel: LevelReport;
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
};


/**
 * The figures of one district for one window, joined across levels: the district subgraph
 * answers `districtLevel`, the commune subgraph `communeLevel` and `byCommune`, and `total`
 * adds the two.
 */
export type ReportBreakdownArgs = {
  by?: Array<StatsDimension>;
  filter?: InputMaybe<StatsFilter>;
};

/**
 * A unit's (or a pool of units') score on the 100-point scale of Decision 766/QĐ-TTg for one
 * period, from the versioned table of definitions (README, "Scorecard"). A pool's ratios are
 * its units' facts added up, never an average of unit scores. Public.
 */
export type Scorecard = {
  __typename?: 'Scorecard';
  /**
   * The procedures that cost one metric its points, largest shortfall first, and (role integrator
   * or admin only: FORBIDDEN otherwise) up to 20 dossiers of each. An unknown metric is
   * BAD_USER_INPUT. Null on a district's `total`: ask each level's scorecard.
   */
  drillDown?: Maybe<ScorecardDrillDown>;
  /** Citizen feedback of the period, counts only (public). */
  feedback: FeedbackCounts;
  /**
   * The period's feedback items, received order. Role integrator or admin only (FORBIDDEN
   * otherwise: anonymous callers see `feedback` counts only). Null on a district's `total`.
   */
  feedbackItems?: Maybe<Array<FeedbackItem>>;
  from: Scalars['Date']['output'];
  groups: Array<ScorecardGroup>;
  key: Scalars['String']['output'];
  maximum: Scalars['Float']['output'];
  period: ScorecardPeriod;
  points: Scalars['Float']['output'];
  /** points minus the previous period's points, 2 decimals. */
  pointsChange: Scalars['Float']['output'];
  /** The previous period of the same kind (2021-Q1 for 2021-Q2). */
  previousKey: Scalars['String']['output'];
  /** True when the version took effect after the period (2021 is scored with 766-2022). */
  retroactive: Scalars['Boolean']['output'];
  to: Scalars['Date']['output'];
  /** The definitions' version (766-2022); a change of the national formula is a new version. */
  version: Scalars['String']['output'];
};


/**
 * A unit's (or a pool of units') score on the 100-point scale of Decision 766/QĐ-TTg for one
 * period, from the versioned table of definitions (README, "Scorecard"). A pool's ratios are
 * its units' facts added up, never an average of unit scores. Public.
 */
export type ScorecardDrillDownArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  metric: Scalars['String']['input'];
};


/**
 * A unit's (or a pool of units') score on the 100-point scale of Decision 766/QĐ-TTg for one
 * period, from the versioned table of definitions (README, "Scorecard"). A pool's ratios are
 * its units' facts added up, never an average of unit scores. Public.
 */
export type ScorecardFeedbackItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ScorecardDrillDown = {
  __typename?: 'ScorecardDrillDown';
  maximum: Scalars['Float']['output'];
  metric: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  pointsLost: Scalars['Float']['output'];
  procedures: Array<ProcedureShortfall>;
};

/** One fact of the scorecard counted at a level, this period and the previous one (for pooling). */
export type ScorecardFactCount = {
  __typename?: 'ScorecardFactCount';
  current: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  previous: Scalars['Int']['output'];
};

/**
 * One scorecard fact from a desk, under the rules of desk events: `eventId` idempotent (same
 * content: the first result; other content: CONFLICT), `unitCode` the token's unit (FORBIDDEN
 * otherwise), `at` not in the future, one transaction. No personal data is taken.
 */
export type ScorecardFactInput = {
  aboutDissatisfaction?: InputMaybe<Scalars['Boolean']['input']>;
  at: Scalars['DateTime']['input'];
  certifiedCopies?: InputMaybe<Scalars['Int']['input']>;
  certifiedElectronically?: InputMaybe<Scalars['Int']['input']>;
  classification?: InputMaybe<FeedbackClassification>;
  documentsDigitised?: InputMaybe<Scalars['Boolean']['input']>;
  dossierCode?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['String']['input'];
  /** Fee in đồng. */
  fee?: InputMaybe<Scalars['Int']['input']>;
  /** The desk's own id of a feedback item (FEEDBACK_* kinds). */
  feedbackId?: InputMaybe<Scalars['String']['input']>;
  kind: ScorecardFactKind;
  paidOnline?: InputMaybe<Scalars['Boolean']['input']>;
  /** The dossier (DOSSIER, RATED; optional for FEEDBACK_RECEIVED), by the desk's reference or its code. */
  reference?: InputMaybe<Scalars['String']['input']>;
  resultElectronic?: InputMaybe<Scalars['Boolean']['input']>;
  reusedData?: InputMaybe<Scalars['Boolean']['input']>;
  satisfiedWithAnswer?: InputMaybe<Scalars['Boolean']['input']>;
  sharedForReuse?: InputMaybe<Scalars['Boolean']['input']>;
  syncedToPortal?: InputMaybe<Scalars['Boolean']['input']>;
  unitCode: Scalars['String']['input'];
  usedPopulationDb?: InputMaybe<Scalars['Boolean']['input']>;
  verdict?: InputMaybe<RatingVerdict>;
};

/** What a desk reports for the scorecard. */
export type ScorecardFactKind =
  /** A dossier's scorecard facts (fee, payment, digitisation...); fields left out keep their value. */
  | 'DOSSIER'
  | 'FEEDBACK_ANSWERED'
  | 'FEEDBACK_ASSIGNED'
  /** Closed, with the citizen's satisfaction with the answer. */
  | 'FEEDBACK_CLOSED'
  /** Citizen feedback received (feedbackId and classification required): due in 15 working days. */
  | 'FEEDBACK_RECEIVED'
  /** A citizen's rating of a dossier (verdict required); the latest counts. */
  | 'RATED';

/** What a scorecard fact did: the same for a replay as for the first push. */
export type ScorecardFactResult = {
  __typename?: 'ScorecardFactResult';
  dueOn?: Maybe<Scalars['Date']['output']>;
  eventId: Scalars['String']['output'];
  feedbackStatus?: Maybe<FeedbackStatus>;
  kind: ScorecardFactKind;
  /** The dossier's code or the feedback item's id. */
  subject: Scalars['String']['output'];
};

export type ScorecardGroup = {
  __typename?: 'ScorecardGroup';
  code: Scalars['String']['output'];
  maximum: Scalars['Float']['output'];
  metrics: Array<ScorecardMetric>;
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  /** Against the previous period; null when its version had no such group. */
  pointsChange?: Maybe<Scalars['Float']['output']>;
};

export type ScorecardMetric = {
  __typename?: 'ScorecardMetric';
  applicable: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  denominator: Scalars['Int']['output'];
  /**
   * The ratio at which a SATURATING metric scores full points: a setting of the version (80, 50 or
   * 90 as the portal's formula description gives them; not public in the decision's text).
   */
  fullAtPercent?: Maybe<Scalars['Int']['output']>;
  maximum: Scalars['Float']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  numerator: Scalars['Int']['output'];
  points: Scalars['Float']['output'];
  /** Against the previous period; null when its version had no such metric. */
  pointsChange?: Maybe<Scalars['Float']['output']>;
  /** numerator / denominator, 4 decimals; null when nothing was due (denominator 0, shown as N/A, 0 points). */
  ratio?: Maybe<Scalars['Float']['output']>;
  /** LINEAR (maximum x ratio), SATURATING (full at fullAtPercent) or INFORMATIONAL (counted, no points). */
  rule: Scalars['String']['output'];
};

/** A scoring period of the national portal: MONTH key 2021-05, QUARTER key 2021-Q2, YEAR key 2021. */
export type ScorecardPeriod =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** A decision that simplified a procedure (mostly a shorter time limit). */
export type Simplification = {
  __typename?: 'Simplification';
  decisionDate: Scalars['Date']['output'];
  decisionNumber: Scalars['String']['output'];
  timeLimitAfter: Scalars['Int']['output'];
  timeLimitBefore: Scalars['Int']['output'];
};

/** What a breakdown groups by; each row's `key` carries the value of each dimension asked for. */
export type StatsDimension =
  | 'CHANNEL'
  | 'LEVEL'
  /** Calendar months of the window (the first and last clipped to it), written YYYY-MM; each month's figures are for that month as a period of its own. */
  | 'MONTH'
  | 'PROCEDURE'
  /** The procedure's sector (lĩnh vực). */
  | 'SECTOR'
  /** The desk: the district's own (its code) or a commune's. */
  | 'UNIT';

/** Restricts a breakdown; each list keeps the dossiers whose value is one of those listed, an absent list keeps all. */
export type StatsFilter = {
  channels?: InputMaybe<Array<Channel>>;
  levels?: InputMaybe<Array<ProcedureLevel>>;
  /** Procedure national codes. */
  procedures?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unit codes (the district's, communes'). */
  units?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The level of an administrative unit. */
export type UnitKind =
  /** Xã */
  | 'COMMUNE'
  /** Quận/huyện; the district level ended nationwide on 2025-07-01. */
  | 'DISTRICT'
  /** Tỉnh or centrally-run city (Thành phố Hà Nội). */
  | 'PROVINCE'
  /** Thị trấn */
  | 'TOWN'
  /** Phường */
  | 'WARD';

/** One old unit's passage into one successor, on the successor's first day. */
export type UnitLineage = {
  __typename?: 'UnitLineage';
  /** The successor's first day. */
  day: Scalars['Date']['output'];
  /** The resolution behind the change, e.g. "1656/NQ-UBTVQH15". */
  resolution: Scalars['String']['output'];
  share: LineageShare;
  /** Ids of the public sources (see the README's Units over time). */
  sources: Array<Scalars['String']['output']>;
  /** The unit at the other end: the successor in `successors`, the predecessor in `predecessors`. */
  unit: AdministrativeUnit;
  /**
   * The share of the old unit's figures this successor takes when counting ONTO_TODAY, an exact
   * fraction ("1/3"). Splits have no published shares: the rule in `weightRule` decides it.
   */
  weight: Scalars['String']['output'];
  weightRule: Scalars['String']['output'];
};

/** What a code meant on a day. */
export type UnitOnDay = {
  __typename?: 'UnitOnDay';
  code: Scalars['String']['output'];
  on: Scalars['Date']['output'];
  status: UnitStatus;
  /** Where the ended unit went (Gia Lâm 018 after 2025-06-30: six successors); empty otherwise. */
  successors: Array<UnitLineage>;
  /** The unit in force (VALID), the last one the code named (ENDED) or its first (NOT_YET). */
  unit: AdministrativeUnit;
};

/** What a code meant on the day asked. */
export type UnitStatus =
  /** The code named no unit that day any more: `unit` is its last period (with `validTo`) and `successors` where it went. */
  | 'ENDED'
  /** The code named no unit yet that day: `unit` is its first period. */
  | 'NOT_YET'
  /** `unit` is the unit in force that day. */
  | 'VALID';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  AdministrativeUnit: AdministrativeUnit;
  AreaThatWas: AreaThatWas;
  Breakdown: Breakdown;
  District: District;
  DistrictProcedure: DistrictProcedure;
  DistrictScorecard: DistrictScorecard;
  Report: Report;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AdministrativeUnit:
    ( { __typename: 'AdministrativeUnit' }
    & GraphQLRecursivePick<FederationTypes['AdministrativeUnit'], {"id":true}> );
  AreaThatWas:
    ( { __typename: 'AreaThatWas' }
    & GraphQLRecursivePick<FederationTypes['AreaThatWas'], {"code":true,"from":true,"to":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['AreaThatWas'], {"communeDesks":{"month":true,"received":true,"resolved":true,"estimate":true}}> ) );
  Breakdown:
    ( { __typename: 'Breakdown' }
    & GraphQLRecursivePick<FederationTypes['Breakdown'], {"districtCode":true,"from":true,"to":true,"spec":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true}> );
  DistrictProcedure:
    ( { __typename: 'DistrictProcedure' }
    & GraphQLRecursivePick<FederationTypes['DistrictProcedure'], {"code":true}> );
  DistrictScorecard:
    ( { __typename: 'DistrictScorecard' }
    & GraphQLRecursivePick<FederationTypes['DistrictScorecard'], {"districtCode":true,"period":true,"key":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['DistrictScorecard'], {"communeFacts":{"name":true,"current":true,"previous":true}}> ) );
  Report:
    ( { __typename: 'Report' }
    & GraphQLRecursivePick<FederationTypes['Report'], {"districtCode":true,"from":true,"to":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Report'], {"communeDissatisfactionComplaints":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdministrativeUnit: ResolverTypeWrapper<UnitPeriod>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApplicantType: ApplicantType;
  AreaMonth: ResolverTypeWrapper<AreaMonth>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaThatWas: ResolverTypeWrapper<AreaParent>;
  Breakdown: ResolverTypeWrapper<BreakdownKeyArgs>;
  BreakdownKey: ResolverTypeWrapper<BreakdownKey>;
  BreakdownRow: ResolverTypeWrapper<BreakdownCountsRow>;
  Channel: Channel;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeskEventInput: DeskEventInput;
  DeskEventResult: ResolverTypeWrapper<DeskEventResultRow>;
  DeskEventType: DeskEventType;
  District: ResolverTypeWrapper<DistrictRow>;
  DistrictProcedure: ResolverTypeWrapper<ProcedureRef>;
  DistrictScorecard: ResolverTypeWrapper<DistrictScorecardKey>;
  Dossier: ResolverTypeWrapper<DossierRow>;
  DossierConnection: ResolverTypeWrapper<Omit<DossierConnection, 'edges'> & { edges: Array<ResolversTypes['DossierEdge']> }>;
  DossierEdge: ResolverTypeWrapper<Omit<DossierEdge, 'node'> & { node: ResolversTypes['Dossier'] }>;
  DossierEvent: ResolverTypeWrapper<DossierEventRow>;
  DossierFigures: ResolverTypeWrapper<DossierFigures>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DossierFilter: DossierFilter;
  DossierStats: ResolverTypeWrapper<DossierStats>;
  DossierStatus: DossierStatus;
  FeedbackClassification: FeedbackClassification;
  FeedbackCounts: ResolverTypeWrapper<FeedbackCounts>;
  FeedbackItem: ResolverTypeWrapper<FeedbackItemView>;
  FeedbackStatus: FeedbackStatus;
  LevelReport: ResolverTypeWrapper<LevelReport>;
  LineageShare: LineageShare;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OnlineServiceLevel: OnlineServiceLevel;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Procedure: ResolverTypeWrapper<ProcedureRow>;
  ProcedureConnection: ResolverTypeWrapper<Omit<ProcedureConnection, 'edges'> & { edges: Array<ResolversTypes['ProcedureEdge']> }>;
  ProcedureEdge: ResolverTypeWrapper<Omit<ProcedureEdge, 'node'> & { node: ResolversTypes['Procedure'] }>;
  ProcedureFilter: ProcedureFilter;
  ProcedureLevel: ProcedureLevel;
  ProcedureLevelPeriod: ResolverTypeWrapper<ProcedureLevelPeriod>;
  ProcedureShortfall: ResolverTypeWrapper<ProcedureShortfall>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RatingVerdict: RatingVerdict;
  Report: ResolverTypeWrapper<ReportKey>;
  Scorecard: ResolverTypeWrapper<ScorecardView>;
  ScorecardDrillDown: ResolverTypeWrapper<DrillDownView>;
  ScorecardFactCount: ResolverTypeWrapper<ScorecardFactCount>;
  ScorecardFactInput: ScorecardFactInput;
  ScorecardFactKind: ScorecardFactKind;
  ScorecardFactResult: ResolverTypeWrapper<ScorecardFactResultRow>;
  ScorecardGroup: ResolverTypeWrapper<ScorecardGroup>;
  ScorecardMetric: ResolverTypeWrapper<ScorecardMetric>;
  ScorecardPeriod: ScorecardPeriod;
  Simplification: ResolverTypeWrapper<SimplificationRow>;
  StatsDimension: StatsDimension;
  StatsFilter: StatsFilter;
  UnitKind: UnitKind;
  UnitLineage: ResolverTypeWrapper<LineageView>;
  UnitOnDay: ResolverTypeWrapper<Omit<UnitOnDay, 'successors' | 'unit'> & { successors: Array<ResolversTypes['UnitLineage']>, unit: ResolversTypes['AdministrativeUnit'] }>;
  UnitStatus: UnitStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdministrativeUnit: UnitPeriod;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AreaMonth: AreaMonth;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  AreaThatWas: AreaParent;
  Breakdown: BreakdownKeyArgs;
  BreakdownKey: BreakdownKey;
  BreakdownRow: BreakdownCountsRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeskEventInput: DeskEventInput;
  DeskEventResult: DeskEventResultRow;
  District: DistrictRow;
  DistrictProcedure: ProcedureRef;
  DistrictScorecard: DistrictScorecardKey;
  Dossier: DossierRow;
  DossierConnection: Omit<DossierConnection, 'edges'> & { edges: Array<ResolversParentTypes['DossierEdge']> };
  DossierEdge: Omit<DossierEdge, 'node'> & { node: ResolversParentTypes['Dossier'] };
  DossierEvent: DossierEventRow;
  DossierFigures: DossierFigures;
  Float: Scalars['Float']['output'];
  DossierFilter: DossierFilter;
  DossierStats: DossierStats;
  FeedbackCounts: FeedbackCounts;
  FeedbackItem: FeedbackItemView;
  LevelReport: LevelReport;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Procedure: ProcedureRow;
  ProcedureConnection: Omit<ProcedureConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProcedureEdge']> };
  ProcedureEdge: Omit<ProcedureEdge, 'node'> & { node: ResolversParentTypes['Procedure'] };
  ProcedureFilter: ProcedureFilter;
  ProcedureLevelPeriod: ProcedureLevelPeriod;
  ProcedureShortfall: ProcedureShortfall;
  Query: Record<PropertyKey, never>;
  Report: ReportKey;
  Scorecard: ScorecardView;
  ScorecardDrillDown: DrillDownView;
  ScorecardFactCount: ScorecardFactCount;
  ScorecardFactInput: ScorecardFactInput;
  ScorecardFactResult: ScorecardFactResultRow;
  ScorecardGroup: ScorecardGroup;
  ScorecardMetric: ScorecardMetric;
  Simplification: SimplificationRow;
  StatsFilter: StatsFilter;
  UnitLineage: LineageView;
  UnitOnDay: Omit<UnitOnDay, 'successors' | 'unit'> & { successors: Array<ResolversParentTypes['UnitLineage']>, unit: ResolversParentTypes['AdministrativeUnit'] };
};

export type AdministrativeUnitResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['AdministrativeUnit'] = ResolversParentTypes['AdministrativeUnit'], FederationReferenceType extends FederationReferenceTypes['AdministrativeUnit'] = FederationReferenceTypes['AdministrativeUnit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AdministrativeUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnitKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['UnitLineage']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['UnitLineage']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AreaMonthResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['AreaMonth'] = ResolversParentTypes['AreaMonth']> = {
  estimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AreaThatWasResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['AreaThatWas'] = ResolversParentTypes['AreaThatWas'], FederationReferenceType extends FederationReferenceTypes['AreaThatWas'] = FederationReferenceTypes['AreaThatWas']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AreaThatWas']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<ResolversTypes['AdministrativeUnit'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtDesk?: Resolver<Array<ResolversTypes['AreaMonth']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['AreaMonth']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type BreakdownResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['Breakdown'] = ResolversParentTypes['Breakdown'], FederationReferenceType extends FederationReferenceTypes['Breakdown'] = FederationReferenceTypes['Breakdown']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Breakdown']> | FederationReferenceType, FederationReferenceType, ContextType>;
  by?: Resolver<Array<ResolversTypes['StatsDimension']>, ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtLevel?: Resolver<Array<ResolversTypes['BreakdownRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type BreakdownKeyResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['BreakdownKey'] = ResolversParentTypes['BreakdownKey']> = {
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['ProcedureLevel']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  procedureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BreakdownRowResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['BreakdownRow'] = ResolversParentTypes['BreakdownRow']> = {
  figures?: Resolver<ResolversTypes['DossierFigures'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['BreakdownKey'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeskEventResultResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['DeskEventResult'] = ResolversParentTypes['DeskEventResult']> = {
  dossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType>;
  dossierCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
};

export type DistrictResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areaThatWas?: Resolver<ResolversTypes['AreaThatWas'], ParentType, ContextType, RequireFields<DistrictAreaThatWasArgs, 'from' | 'to'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType, RequireFields<DistrictDossierArgs, 'code'>>;
  dossiers?: Resolver<ResolversTypes['DossierConnection'], ParentType, ContextType, RequireFields<DistrictDossiersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<DistrictReportArgs, 'from' | 'to'>>;
  scorecard?: Resolver<ResolversTypes['DistrictScorecard'], ParentType, ContextType, RequireFields<DistrictScorecardArgs, 'key' | 'period'>>;
};

export type DistrictProcedureResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['DistrictProcedure'] = ResolversParentTypes['DistrictProcedure'], FederationReferenceType extends FederationReferenceTypes['DistrictProcedure'] = FederationReferenceTypes['DistrictProcedure']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictProcedure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  procedure?: Resolver<Maybe<ResolversTypes['Procedure']>, ParentType, ContextType>;
};

export type DistrictScorecardResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['DistrictScorecard'] = ResolversParentTypes['DistrictScorecard'], FederationReferenceType extends FederationReferenceTypes['DistrictScorecard'] = FederationReferenceTypes['DistrictScorecard']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictScorecard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtLevel?: Resolver<ResolversTypes['Scorecard'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ScorecardPeriod'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Scorecard']>, ParentType, ContextType>;
};

export type DossierResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['Dossier'] = ResolversParentTypes['Dossier']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DossierEvent']>, ParentType, ContextType>;
  pausedWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  procedure?: Resolver<ResolversTypes['Procedure'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedBy?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
  supplementRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DossierConnectionResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['DossierConnection'] = ResolversParentTypes['DossierConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DossierEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DossierEdgeResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['DossierEdge'] = ResolversParentTypes['DossierEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType>;
};

export type DossierEventResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['DossierEvent'] = ResolversParentTypes['DossierEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
};

export type DossierFiguresResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['DossierFigures'] = ResolversParentTypes['DossierFigures']> = {
  averageProcessingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  carriedOver?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgressOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgressWithinDeadline?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTimeRate766?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onlineShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  receivedByPost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedInPerson?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedNew?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedOnline?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedEarly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnDueDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DossierStatsResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['DossierStats'] = ResolversParentTypes['DossierStats']> = {
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedbackCountsResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['FeedbackCounts'] = ResolversParentTypes['FeedbackCounts']> = {
  aboutProcedure?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aboutStaff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answeredOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dissatisfactionComplaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dissatisfiedOrOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedbackItemResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['FeedbackItem'] = ResolversParentTypes['FeedbackItem']> = {
  answeredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  classification?: Resolver<ResolversTypes['FeedbackClassification'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  feedbackId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  satisfiedWithAnswer?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackStatus'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LevelReportResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['LevelReport'] = ResolversParentTypes['LevelReport']> = {
  dossiers?: Resolver<ResolversTypes['DossierStats'], ParentType, ContextType>;
  procedures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  simplifiedProcedures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  recordDistrictDeskEvent?: Resolver<ResolversTypes['DeskEventResult'], ParentType, ContextType, RequireFields<MutationRecordDistrictDeskEventArgs, 'event'>>;
  recordDistrictScorecardFact?: Resolver<ResolversTypes['ScorecardFactResult'], ParentType, ContextType, RequireFields<MutationRecordDistrictScorecardFactArgs, 'fact'>>;
};

export type PageInfoResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProcedureResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['Procedure'] = ResolversParentTypes['Procedure']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  feeVnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<ProcedureInForceArgs, 'on'>>;
  level?: Resolver<ResolversTypes['ProcedureLevel'], ParentType, ContextType, Partial<ProcedureLevelArgs>>;
  levelPeriods?: Resolver<Array<ResolversTypes['ProcedureLevelPeriod']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineLevel?: Resolver<ResolversTypes['OnlineServiceLevel'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  simplifications?: Resolver<Array<ResolversTypes['Simplification']>, ParentType, ContextType>;
  timeLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProcedureConnectionResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['ProcedureConnection'] = ResolversParentTypes['ProcedureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProcedureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProcedureEdgeResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['ProcedureEdge'] = ResolversParentTypes['ProcedureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Procedure'], ParentType, ContextType>;
};

export type ProcedureLevelPeriodResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['ProcedureLevelPeriod'] = ResolversParentTypes['ProcedureLevelPeriod']> = {
  level?: Resolver<ResolversTypes['ProcedureLevel'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ProcedureShortfallResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['ProcedureShortfall'] = ResolversParentTypes['ProcedureShortfall']> = {
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dossiers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsLost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  procedureCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'code'>>;
  districtProcedure?: Resolver<Maybe<ResolversTypes['DistrictProcedure']>, ParentType, ContextType, RequireFields<QueryDistrictProcedureArgs, 'code'>>;
  districtProcedures?: Resolver<ResolversTypes['ProcedureConnection'], ParentType, ContextType, RequireFields<QueryDistrictProceduresArgs, 'first'>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOnDay'], ParentType, ContextType, RequireFields<QueryUnitArgs, 'code'>>;
};

export type ReportResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'], FederationReferenceType extends FederationReferenceTypes['Report'] = FederationReferenceTypes['Report']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Report']> | FederationReferenceType, FederationReferenceType, ContextType>;
  breakdown?: Resolver<ResolversTypes['Breakdown'], ParentType, ContextType, RequireFields<ReportBreakdownArgs, 'by'>>;
  dissatisfactionComplaints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtLevel?: Resolver<ResolversTypes['LevelReport'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ScorecardResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['Scorecard'] = ResolversParentTypes['Scorecard']> = {
  drillDown?: Resolver<Maybe<ResolversTypes['ScorecardDrillDown']>, ParentType, ContextType, RequireFields<ScorecardDrillDownArgs, 'first' | 'metric'>>;
  feedback?: Resolver<ResolversTypes['FeedbackCounts'], ParentType, ContextType>;
  feedbackItems?: Resolver<Maybe<Array<ResolversTypes['FeedbackItem']>>, ParentType, ContextType, RequireFields<ScorecardFeedbackItemsArgs, 'first'>>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ScorecardGroup']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maximum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ScorecardPeriod'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsChange?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  previousKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retroactive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScorecardDrillDownResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['ScorecardDrillDown'] = ResolversParentTypes['ScorecardDrillDown']> = {
  maximum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsLost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  procedures?: Resolver<Array<ResolversTypes['ProcedureShortfall']>, ParentType, ContextType>;
};

export type ScorecardFactCountResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['ScorecardFactCount'] = ResolversParentTypes['ScorecardFactCount']> = {
  current?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScorecardFactResultResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['ScorecardFactResult'] = ResolversParentTypes['ScorecardFactResult']> = {
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedbackStatus?: Resolver<Maybe<ResolversTypes['FeedbackStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScorecardFactKind'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScorecardGroupResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['ScorecardGroup'] = ResolversParentTypes['ScorecardGroup']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maximum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['ScorecardMetric']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ScorecardMetricResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['ScorecardMetric'] = ResolversParentTypes['ScorecardMetric']> = {
  applicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fullAtPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maximum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SimplificationResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['Simplification'] = ResolversParentTypes['Simplification']> = {
  decisionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeLimitAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeLimitBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnitLineageResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['UnitLineage'] = ResolversParentTypes['UnitLineage']> = {
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['LineageShare'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['AdministrativeUnit'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weightRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnitOnDayResolvers<ContextType = DistrictContext, ParentType extends ResolversParentTypes['UnitOnDay'] = ResolversParentTypes['UnitOnDay']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UnitStatus'], ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['UnitLineage']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['AdministrativeUnit'], ParentType, ContextType>;
};

export type Resolvers<ContextType = DistrictContext> = {
  AdministrativeUnit?: AdministrativeUnitResolvers<ContextType>;
  AreaMonth?: AreaMonthResolvers<ContextType>;
  AreaThatWas?: AreaThatWasResolvers<ContextType>;
  Breakdown?: BreakdownResolvers<ContextType>;
  BreakdownKey?: BreakdownKeyResolvers<ContextType>;
  BreakdownRow?: BreakdownRowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeskEventResult?: DeskEventResultResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  DistrictProcedure?: DistrictProcedureResolvers<ContextType>;
  DistrictScorecard?: DistrictScorecardResolvers<ContextType>;
  Dossier?: DossierResolvers<ContextType>;
  DossierConnection?: DossierConnectionResolvers<ContextType>;
  DossierEdge?: DossierEdgeResolvers<ContextType>;
  DossierEvent?: DossierEventResolvers<ContextType>;
  DossierFigures?: DossierFiguresResolvers<ContextType>;
  DossierStats?: DossierStatsResolvers<ContextType>;
  FeedbackCounts?: FeedbackCountsResolvers<ContextType>;
  FeedbackItem?: FeedbackItemResolvers<ContextType>;
  LevelReport?: LevelReportResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Procedure?: ProcedureResolvers<ContextType>;
  ProcedureConnection?: ProcedureConnectionResolvers<ContextType>;
  ProcedureEdge?: ProcedureEdgeResolvers<ContextType>;
  ProcedureLevelPeriod?: ProcedureLevelPeriodResolvers<ContextType>;
  ProcedureShortfall?: ProcedureShortfallResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  Scorecard?: ScorecardResolvers<ContextType>;
  ScorecardDrillDown?: ScorecardDrillDownResolvers<ContextType>;
  ScorecardFactCount?: ScorecardFactCountResolvers<ContextType>;
  ScorecardFactResult?: ScorecardFactResultResolvers<ContextType>;
  ScorecardGroup?: ScorecardGroupResolvers<ContextType>;
  ScorecardMetric?: ScorecardMetricResolvers<ContextType>;
  Simplification?: SimplificationResolvers<ContextType>;
  UnitLineage?: UnitLineageResolvers<ContextType>;
  UnitOnDay?: UnitOnDayResolvers<ContextType>;
};

