import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Procedure as ProcedureRow, Simplification as SimplificationRow } from '../catalogue/procedureEntities';
import type { Dossier as DossierRow, DossierEvent as DossierEventRow } from '../dossiers/dossierEntity';
import type { BreakdownCountsRow } from '../statistics/statisticsLoaders';
import type { DeskEventResult as DeskEventResultRow } from '../events/deskEvents';
import type { UnitPeriod } from '../units/types';
import type { LineageView } from '../resolvers/AdministrativeUnit';
import type { DeskResolverContext } from '../deskContext';
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

export type Query = {
  __typename?: 'Query';
  /**
   * The unit a code meant on a day (Vietnam time); without `on`, today's. A code whose unit ended
   * before that day answers ENDED with its end date and successors (a district after 2025-06-30),
   * never an error or null. A code that never named a unit, or a day not written YYYY-MM-DD, is
   * BAD_USER_INPUT.
   */
  unit: UnitOnDay;
};


export type QueryUnitArgs = {
  code: Scalars['String']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};

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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AdministrativeUnit:
    ( { __typename: 'AdministrativeUnit' }
    & GraphQLRecursivePick<FederationTypes['AdministrativeUnit'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdministrativeUnit: ResolverTypeWrapper<UnitPeriod>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApplicantType: ApplicantType;
  BreakdownKey: ResolverTypeWrapper<BreakdownKey>;
  BreakdownRow: ResolverTypeWrapper<BreakdownCountsRow>;
  Channel: Channel;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeskEventInput: DeskEventInput;
  DeskEventResult: ResolverTypeWrapper<DeskEventResultRow>;
  DeskEventType: DeskEventType;
  Dossier: ResolverTypeWrapper<DossierRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DossierConnection: ResolverTypeWrapper<Omit<DossierConnection, 'edges'> & { edges: Array<ResolversTypes['DossierEdge']> }>;
  DossierEdge: ResolverTypeWrapper<Omit<DossierEdge, 'node'> & { node: ResolversTypes['Dossier'] }>;
  DossierEvent: ResolverTypeWrapper<DossierEventRow>;
  DossierFigures: ResolverTypeWrapper<DossierFigures>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DossierFilter: DossierFilter;
  DossierStats: ResolverTypeWrapper<DossierStats>;
  DossierStatus: DossierStatus;
  LevelReport: ResolverTypeWrapper<LevelReport>;
  LineageShare: LineageShare;
  OnlineServiceLevel: OnlineServiceLevel;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Procedure: ResolverTypeWrapper<ProcedureRow>;
  ProcedureConnection: ResolverTypeWrapper<Omit<ProcedureConnection, 'edges'> & { edges: Array<ResolversTypes['ProcedureEdge']> }>;
  ProcedureEdge: ResolverTypeWrapper<Omit<ProcedureEdge, 'node'> & { node: ResolversTypes['Procedure'] }>;
  ProcedureFilter: ProcedureFilter;
  ProcedureLevel: ProcedureLevel;
  ProcedureLevelPeriod: ResolverTypeWrapper<ProcedureLevelPeriod>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  BreakdownKey: BreakdownKey;
  BreakdownRow: BreakdownCountsRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeskEventInput: DeskEventInput;
  DeskEventResult: DeskEventResultRow;
  Dossier: DossierRow;
  Int: Scalars['Int']['output'];
  DossierConnection: Omit<DossierConnection, 'edges'> & { edges: Array<ResolversParentTypes['DossierEdge']> };
  DossierEdge: Omit<DossierEdge, 'node'> & { node: ResolversParentTypes['Dossier'] };
  DossierEvent: DossierEventRow;
  DossierFigures: DossierFigures;
  Float: Scalars['Float']['output'];
  DossierFilter: DossierFilter;
  DossierStats: DossierStats;
  LevelReport: LevelReport;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Procedure: ProcedureRow;
  ProcedureConnection: Omit<ProcedureConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProcedureEdge']> };
  ProcedureEdge: Omit<ProcedureEdge, 'node'> & { node: ResolversParentTypes['Procedure'] };
  ProcedureFilter: ProcedureFilter;
  ProcedureLevelPeriod: ProcedureLevelPeriod;
  Query: Record<PropertyKey, never>;
  Simplification: SimplificationRow;
  StatsFilter: StatsFilter;
  UnitLineage: LineageView;
  UnitOnDay: Omit<UnitOnDay, 'successors' | 'unit'> & { successors: Array<ResolversParentTypes['UnitLineage']>, unit: ResolversParentTypes['AdministrativeUnit'] };
};

export type AdministrativeUnitResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['AdministrativeUnit'] = ResolversParentTypes['AdministrativeUnit'], FederationReferenceType extends FederationReferenceTypes['AdministrativeUnit'] = FederationReferenceTypes['AdministrativeUnit']> = {
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

export type BreakdownKeyResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['BreakdownKey'] = ResolversParentTypes['BreakdownKey']> = {
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['ProcedureLevel']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  procedureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BreakdownRowResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['BreakdownRow'] = ResolversParentTypes['BreakdownRow']> = {
  figures?: Resolver<ResolversTypes['DossierFigures'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['BreakdownKey'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeskEventResultResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['DeskEventResult'] = ResolversParentTypes['DeskEventResult']> = {
  dossier?: Resolver<Maybe<ResolversTypes['Dossier']>, ParentType, ContextType>;
  dossierCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
};

export type DossierResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['Dossier'] = ResolversParentTypes['Dossier']> = {
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

export type DossierConnectionResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['DossierConnection'] = ResolversParentTypes['DossierConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DossierEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DossierEdgeResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['DossierEdge'] = ResolversParentTypes['DossierEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dossier'], ParentType, ContextType>;
};

export type DossierEventResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['DossierEvent'] = ResolversParentTypes['DossierEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DossierStatus'], ParentType, ContextType>;
};

export type DossierFiguresResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['DossierFigures'] = ResolversParentTypes['DossierFigures']> = {
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

export type DossierStatsResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['DossierStats'] = ResolversParentTypes['DossierStats']> = {
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LevelReportResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['LevelReport'] = ResolversParentTypes['LevelReport']> = {
  dossiers?: Resolver<ResolversTypes['DossierStats'], ParentType, ContextType>;
  procedures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  simplifiedProcedures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProcedureResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['Procedure'] = ResolversParentTypes['Procedure']> = {
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

export type ProcedureConnectionResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['ProcedureConnection'] = ResolversParentTypes['ProcedureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProcedureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProcedureEdgeResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['ProcedureEdge'] = ResolversParentTypes['ProcedureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Procedure'], ParentType, ContextType>;
};

export type ProcedureLevelPeriodResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['ProcedureLevelPeriod'] = ResolversParentTypes['ProcedureLevelPeriod']> = {
  level?: Resolver<ResolversTypes['ProcedureLevel'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  unit?: Resolver<ResolversTypes['UnitOnDay'], ParentType, ContextType, RequireFields<QueryUnitArgs, 'code'>>;
};

export type SimplificationResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['Simplification'] = ResolversParentTypes['Simplification']> = {
  decisionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeLimitAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeLimitBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnitLineageResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['UnitLineage'] = ResolversParentTypes['UnitLineage']> = {
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['LineageShare'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['AdministrativeUnit'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weightRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnitOnDayResolvers<ContextType = DeskResolverContext, ParentType extends ResolversParentTypes['UnitOnDay'] = ResolversParentTypes['UnitOnDay']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UnitStatus'], ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['UnitLineage']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['AdministrativeUnit'], ParentType, ContextType>;
};

export type Resolvers<ContextType = DeskResolverContext> = {
  AdministrativeUnit?: AdministrativeUnitResolvers<ContextType>;
  BreakdownKey?: BreakdownKeyResolvers<ContextType>;
  BreakdownRow?: BreakdownRowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeskEventResult?: DeskEventResultResolvers<ContextType>;
  Dossier?: DossierResolvers<ContextType>;
  DossierConnection?: DossierConnectionResolvers<ContextType>;
  DossierEdge?: DossierEdgeResolvers<ContextType>;
  DossierEvent?: DossierEventResolvers<ContextType>;
  DossierFigures?: DossierFiguresResolvers<ContextType>;
  DossierStats?: DossierStatsResolvers<ContextType>;
  LevelReport?: LevelReportResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Procedure?: ProcedureResolvers<ContextType>;
  ProcedureConnection?: ProcedureConnectionResolvers<ContextType>;
  ProcedureEdge?: ProcedureEdgeResolvers<ContextType>;
  ProcedureLevelPeriod?: ProcedureLevelPeriodResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Simplification?: SimplificationResolvers<ContextType>;
  UnitLineage?: UnitLineageResolvers<ContextType>;
  UnitOnDay?: UnitOnDayResolvers<ContextType>;
};

