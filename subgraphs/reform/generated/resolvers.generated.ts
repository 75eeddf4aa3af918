import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReformPlan as ReformPlanRow } from '../entities/ReformPlanEntity';
import type { ReformTask as ReformTaskRow } from '../entities/ReformTaskEntity';
import type { Directive as DirectiveRow } from '../entities/DirectiveEntity';
import type { NoteRow, StatusChangeRow } from '../resolvers/ReformTask';
import type { TaskProcedure } from '../entities/TaskProcedureEntity';
import type { ProcedureRef } from '../resolvers/ProcedureLink';
import type { ReformContext } from '../context';
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

/** A commune-level procedure (the commune subgraph owns it); here: the reform tasks that touch it. */
export type CommuneProcedure = {
  __typename?: 'CommuneProcedure';
  code: Scalars['String']['output'];
  /** Tasks linked to it, ordered by code. */
  reformTasks: Array<ReformTask>;
};

export type CreateReformTaskInput = {
  /** Unique, upper-case letters, digits and dashes (CCHC-2021-22). */
  code: Scalars['String']['input'];
  content: Scalars['String']['input'];
  coordinatingUnits?: Array<Scalars['String']['input']>;
  deadline: Scalars['Date']['input'];
  districtCode: Scalars['String']['input'];
  expectedOutput: Scalars['String']['input'];
  leadUnit: Scalars['String']['input'];
  planYear: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

/** A directive document on administrative reform (văn bản chỉ đạo). */
export type Directive = {
  __typename?: 'Directive';
  issuedOn: Scalars['Date']['output'];
  issuer: Scalars['String']['output'];
  number: Scalars['String']['output'];
  /** Tasks that follow it, ordered by code. */
  tasks: Array<ReformTask>;
  title: Scalars['String']['output'];
  type: DirectiveType;
};

export type DirectiveType =
  | 'DECISION'
  | 'DIRECTIVE'
  | 'NOTICE'
  | 'OFFICIAL_LETTER'
  | 'PLAN'
  | 'REPORT';

export type District = {
  __typename?: 'District';
  code: Scalars['String']['output'];
  /** The district's reform plan for `year`; null when there is none. */
  reformPlan?: Maybe<ReformPlan>;
};


export type DistrictReformPlanArgs = {
  year: Scalars['Int']['input'];
};

/** A district-level procedure (the district subgraph owns it); here: the reform tasks that touch it. */
export type DistrictProcedure = {
  __typename?: 'DistrictProcedure';
  code: Scalars['String']['output'];
  /** Tasks linked to it, ordered by code. */
  reformTasks: Array<ReformTask>;
};

export type LeadUnitProgress = {
  __typename?: 'LeadUnitProgress';
  completed: Scalars['Int']['output'];
  completionRate: Scalars['Float']['output'];
  leadUnit: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type Mutation = {
  __typename?: 'Mutation';
  addReformTaskEvidence: ReformTask;
  addReformTaskNote: ReformTask;
  /** IN_PROGRESS -> COMPLETED, with the document that proves it (evidence). */
  completeReformTask: ReformTask;
  createReformTask: ReformTask;
  linkDirectiveToTask: ReformTask;
  /** Links a procedure the task simplifies (a district- or commune-level national code). */
  linkProcedureToTask: ReformTask;
  /** Records a directive document the district issued. */
  recordDirective: Directive;
  /** COMPLETED -> IN_PROGRESS, with the reason. */
  reopenReformTask: ReformTask;
  /** NOT_STARTED -> IN_PROGRESS. */
  startReformTask: ReformTask;
  /** Changes the task's descriptive fields; status changes have their own mutations. */
  updateReformTask: ReformTask;
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationAddReformTaskEvidenceArgs = {
  code: Scalars['String']['input'];
  evidence: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationAddReformTaskNoteArgs = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationCompleteReformTaskArgs = {
  code: Scalars['String']['input'];
  evidence: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationCreateReformTaskArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateReformTaskInput;
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationLinkDirectiveToTaskArgs = {
  code: Scalars['String']['input'];
  directiveNumber: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationLinkProcedureToTaskArgs = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  level: ProcedureLevel;
  procedureCode: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationRecordDirectiveArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordDirectiveInput;
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationReopenReformTaskArgs = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationStartReformTaskArgs = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * Planning staff (role `planner` or `admin`) run the plan with these. Every mutation on an
 * existing task takes the `version` the caller read: a stale version is a CONFLICT error, never a
 * lost update. Every mutation takes an optional `idempotencyKey`: a replay with the same key
 * returns the first result and changes nothing; the same key with another request is a CONFLICT.
 * Each change writes an append-only history row (who, when, request id, old and new values) in
 * the same transaction.
 * Writes need a token with a subject (`sub`): the history names it and idempotency keys are
 * scoped by it; a token without one is FORBIDDEN. A planner writes only for the districts its
 * token names (the `districts` claim): a task, plan or directive of another district is
 * FORBIDDEN. An admin writes for every district.
 */
export type MutationUpdateReformTaskArgs = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateReformTaskInput;
  version: Scalars['Int']['input'];
};

export type ProcedureLevel =
  | 'COMMUNE'
  | 'DISTRICT';

/** A procedure a task simplifies, answered by the subgraph that owns its level's catalogue. */
export type ProcedureLink = {
  __typename?: 'ProcedureLink';
  /** Set when level is COMMUNE. */
  communeProcedure?: Maybe<CommuneProcedure>;
  /** Set when level is DISTRICT. */
  districtProcedure?: Maybe<DistrictProcedure>;
  level: ProcedureLevel;
  procedureCode: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A directive document by its number (08/KH-UBND); null when unknown. */
  directive?: Maybe<Directive>;
  /** A district's administrative-reform (CCHC) plan for a year; null when there is none. */
  reformPlan?: Maybe<ReformPlan>;
  /** A reform task by its code (CCHC-2021-07); null when unknown. */
  reformTask?: Maybe<ReformTask>;
};


export type QueryDirectiveArgs = {
  number: Scalars['String']['input'];
};


export type QueryReformPlanArgs = {
  districtCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type QueryReformTaskArgs = {
  code: Scalars['String']['input'];
};

export type RecordDirectiveInput = {
  districtCode: Scalars['String']['input'];
  issuedOn: Scalars['Date']['input'];
  issuer: Scalars['String']['input'];
  number: Scalars['String']['input'];
  title: Scalars['String']['input'];
  type: DirectiveType;
};

export type ReformPeriodReport = {
  __typename?: 'ReformPeriodReport';
  /** Tasks completed inside the period (their last completion in it). */
  completedInPeriod: Scalars['Int']['output'];
  directiveCount: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  overdueTasks: Array<ReformTask>;
  period: ReportingPeriod;
  /** Progress at the end of the period. */
  progress: ReformProgress;
  to: Scalars['Date']['output'];
};

/** An annual administrative-reform plan (kế hoạch CCHC) and its tasks. */
export type ReformPlan = {
  __typename?: 'ReformPlan';
  /** Directive documents on reform the district issued between `from` and `to`, both inclusive; the window's days and length are bounded as `District.report`'s (BAD_USER_INPUT). */
  directiveCount: Scalars['Int']['output'];
  /** Those directives, ordered by date and number. */
  directives: Array<Directive>;
  districtCode: Scalars['String']['output'];
  /** Tasks whose deadline had passed at the end of `asOf` without being completed then, ordered by deadline. */
  overdueTasks: Array<ReformTask>;
  /**
   * The Ministry of Home Affairs' reporting period of the plan year: SEMI_ANNUAL runs from
   * 15 December of the previous year to 14 June, ANNUAL to 14 December.
   */
  periodReport: ReformPeriodReport;
  /** Task completion as it stood at the end of `asOf` (Vietnam time), computed from the status history. */
  progress: ReformProgress;
  /** Completion per lead unit (chủ trì) at the end of `asOf`, ordered by lead unit. */
  progressByLeadUnit: Array<LeadUnitProgress>;
  /**
   * The units the district expects to plan how to raise citizens' satisfaction in the plan's year
   * (its agencies and its communes) and which of them adopted a plan (Gia Lâm 2021: 27 of 27).
   */
  satisfactionPlans: SatisfactionPlanCoverage;
  /** Tasks in the plan. */
  taskCount: Scalars['Int']['output'];
  /** The plan's tasks, ordered by code. */
  tasks: Array<ReformTask>;
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};


/** An annual administrative-reform plan (kế hoạch CCHC) and its tasks. */
export type ReformPlanDirectiveCountArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** An annual administrative-reform plan (kế hoạch CCHC) and its tasks. */
export type ReformPlanDirectivesArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** An annual administrative-reform plan (kế hoạch CCHC) and its tasks. */
export type ReformPlanOverdueTasksArgs = {
  asOf: Scalars['Date']['input'];
};


/** An annual administrative-reform plan (kế hoạch CCHC) and its tasks. */
export type ReformPlanPeriodReportArgs = {
  period: ReportingPeriod;
};


/** An annual administrative-reform plan (kế hoạch CCHC) and its tasks. */
export type ReformPlanProgressArgs = {
  asOf: Scalars['Date']['input'];
};


/** An annual administrative-reform plan (kế hoạch CCHC) and its tasks. */
export type ReformPlanProgressByLeadUnitArgs = {
  asOf: Scalars['Date']['input'];
};

export type ReformProgress = {
  __typename?: 'ReformProgress';
  asOf: Scalars['Date']['output'];
  completed: Scalars['Int']['output'];
  /** completed / total as a percent with two decimals (57.14). */
  completionRate: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
};

/** A task of a reform plan. */
export type ReformTask = {
  __typename?: 'ReformTask';
  code: Scalars['String']['output'];
  content: Scalars['String']['output'];
  /** Units that co-ordinate (phối hợp). */
  coordinatingUnits: Array<Scalars['String']['output']>;
  deadline: Scalars['Date']['output'];
  /** Directives the task follows. */
  directives: Array<Directive>;
  /** Completion evidence: documents given when completing or added later, oldest first. */
  evidence: Array<Scalars['String']['output']>;
  /** What the task must produce (sản phẩm). */
  expectedOutput: Scalars['String']['output'];
  /**
   * Every change made through this API, oldest first (append-only): the audit trail. Planning
   * staff only (role `planner` or `admin`): for anyone else it is null, with a FORBIDDEN error.
   */
  history?: Maybe<Array<TaskChange>>;
  /** The unit in charge (chủ trì). */
  leadUnit: Scalars['String']['output'];
  /** Progress notes, oldest first. Public, except who wrote each (`by`). */
  notes: Array<TaskNote>;
  /** Not completed at the end of `asOf` (today without it) and past its deadline then. */
  overdue: Scalars['Boolean']['output'];
  /** Procedures the task simplifies. */
  procedureLinks: Array<ProcedureLink>;
  /** The status at the end of `asOf` (Vietnam time); the current status without it. */
  status: TaskStatus;
  /** Every status change, oldest first. Public, except who made each (`by`). */
  statusHistory: Array<TaskStatusChange>;
  title: Scalars['String']['output'];
  /** Send this back with the next change; it grows by one with every change. */
  version: Scalars['Int']['output'];
};


/** A task of a reform plan. */
export type ReformTaskOverdueArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A task of a reform plan. */
export type ReformTaskStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type ReportingPeriod =
  | 'ANNUAL'
  | 'SEMI_ANNUAL';

export type SatisfactionPlanCoverage = {
  __typename?: 'SatisfactionPlanCoverage';
  /** Agencies first, then communes, each by name. */
  plans: Array<SatisfactionPlanEntry>;
  /** withPlan / units in percent, two decimals; null when no unit is expected to plan. */
  rate?: Maybe<Scalars['Float']['output']>;
  units: Scalars['Int']['output'];
  withPlan: Scalars['Int']['output'];
};

export type SatisfactionPlanEntry = {
  __typename?: 'SatisfactionPlanEntry';
  adoptedOn?: Maybe<Scalars['Date']['output']>;
  /** The unit's plan document; null while it has none. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** The commune's code; null for an agency. */
  unitCode?: Maybe<Scalars['String']['output']>;
  unitKind: SatisfactionPlanUnitKind;
  unitName: Scalars['String']['output'];
};

export type SatisfactionPlanUnitKind =
  /** A specialised agency of the district (phòng, ban). */
  | 'AGENCY'
  /** A commune-level unit (xã, thị trấn). */
  | 'COMMUNE';

/**
 * One change: who made it (the token subject), when, under which request, and the values before
 * and after (JSON). Only planning staff can read it (ReformTask.history).
 */
export type TaskChange = {
  __typename?: 'TaskChange';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  newValues: Scalars['String']['output'];
  oldValues: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
};

export type TaskNote = {
  __typename?: 'TaskNote';
  at: Scalars['DateTime']['output'];
  /** Who wrote it: planning staff only (role `planner` or `admin`); null with a FORBIDDEN error for anyone else. */
  by?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type TaskStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type TaskStatusChange = {
  __typename?: 'TaskStatusChange';
  at: Scalars['DateTime']['output'];
  /** Who made it: planning staff only (role `planner` or `admin`); null with a FORBIDDEN error for anyone else. */
  by?: Maybe<Scalars['String']['output']>;
  evidence?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  status: TaskStatus;
};

/** Only the fields given change. */
export type UpdateReformTaskInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  coordinatingUnits?: InputMaybe<Array<Scalars['String']['input']>>;
  deadline?: InputMaybe<Scalars['Date']['input']>;
  expectedOutput?: InputMaybe<Scalars['String']['input']>;
  leadUnit?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};



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
  CommuneProcedure: CommuneProcedure;
  District: District;
  DistrictProcedure: DistrictProcedure;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CommuneProcedure:
    ( { __typename: 'CommuneProcedure' }
    & GraphQLRecursivePick<FederationTypes['CommuneProcedure'], {"code":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true}> );
  DistrictProcedure:
    ( { __typename: 'DistrictProcedure' }
    & GraphQLRecursivePick<FederationTypes['DistrictProcedure'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CommuneProcedure: ResolverTypeWrapper<ProcedureRef>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateReformTaskInput: CreateReformTaskInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Directive: ResolverTypeWrapper<DirectiveRow>;
  DirectiveType: DirectiveType;
  District: ResolverTypeWrapper<Omit<District, 'reformPlan'> & { reformPlan?: Maybe<ResolversTypes['ReformPlan']> }>;
  DistrictProcedure: ResolverTypeWrapper<ProcedureRef>;
  LeadUnitProgress: ResolverTypeWrapper<LeadUnitProgress>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ProcedureLevel: ProcedureLevel;
  ProcedureLink: ResolverTypeWrapper<TaskProcedure>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordDirectiveInput: RecordDirectiveInput;
  ReformPeriodReport: ResolverTypeWrapper<Omit<ReformPeriodReport, 'overdueTasks'> & { overdueTasks: Array<ResolversTypes['ReformTask']> }>;
  ReformPlan: ResolverTypeWrapper<ReformPlanRow>;
  ReformProgress: ResolverTypeWrapper<ReformProgress>;
  ReformTask: ResolverTypeWrapper<ReformTaskRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ReportingPeriod: ReportingPeriod;
  SatisfactionPlanCoverage: ResolverTypeWrapper<SatisfactionPlanCoverage>;
  SatisfactionPlanEntry: ResolverTypeWrapper<SatisfactionPlanEntry>;
  SatisfactionPlanUnitKind: SatisfactionPlanUnitKind;
  TaskChange: ResolverTypeWrapper<TaskChange>;
  TaskNote: ResolverTypeWrapper<NoteRow>;
  TaskStatus: TaskStatus;
  TaskStatusChange: ResolverTypeWrapper<StatusChangeRow>;
  UpdateReformTaskInput: UpdateReformTaskInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CommuneProcedure: ProcedureRef;
  String: Scalars['String']['output'];
  CreateReformTaskInput: CreateReformTaskInput;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Directive: DirectiveRow;
  District: Omit<District, 'reformPlan'> & { reformPlan?: Maybe<ResolversParentTypes['ReformPlan']> } | FederationReferenceTypes['District'];
  DistrictProcedure: ProcedureRef;
  LeadUnitProgress: LeadUnitProgress;
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  ProcedureLink: TaskProcedure;
  Query: Record<PropertyKey, never>;
  RecordDirectiveInput: RecordDirectiveInput;
  ReformPeriodReport: Omit<ReformPeriodReport, 'overdueTasks'> & { overdueTasks: Array<ResolversParentTypes['ReformTask']> };
  ReformPlan: ReformPlanRow;
  ReformProgress: ReformProgress;
  ReformTask: ReformTaskRow;
  Boolean: Scalars['Boolean']['output'];
  SatisfactionPlanCoverage: SatisfactionPlanCoverage;
  SatisfactionPlanEntry: SatisfactionPlanEntry;
  TaskChange: TaskChange;
  TaskNote: NoteRow;
  TaskStatusChange: StatusChangeRow;
  UpdateReformTaskInput: UpdateReformTaskInput;
};

export type CommuneProcedureResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['CommuneProcedure'] = ResolversParentTypes['CommuneProcedure'], FederationReferenceType extends FederationReferenceTypes['CommuneProcedure'] = FederationReferenceTypes['CommuneProcedure']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommuneProcedure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reformTasks?: Resolver<Array<ResolversTypes['ReformTask']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectiveResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['Directive'] = ResolversParentTypes['Directive']> = {
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['ReformTask']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DirectiveType'], ParentType, ContextType>;
};

export type DistrictResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reformPlan?: Resolver<Maybe<ResolversTypes['ReformPlan']>, ParentType, ContextType, RequireFields<DistrictReformPlanArgs, 'year'>>;
};

export type DistrictProcedureResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['DistrictProcedure'] = ResolversParentTypes['DistrictProcedure'], FederationReferenceType extends FederationReferenceTypes['DistrictProcedure'] = FederationReferenceTypes['DistrictProcedure']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictProcedure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reformTasks?: Resolver<Array<ResolversTypes['ReformTask']>, ParentType, ContextType>;
};

export type LeadUnitProgressResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['LeadUnitProgress'] = ResolversParentTypes['LeadUnitProgress']> = {
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  leadUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addReformTaskEvidence?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType, RequireFields<MutationAddReformTaskEvidenceArgs, 'code' | 'evidence' | 'version'>>;
  addReformTaskNote?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType, RequireFields<MutationAddReformTaskNoteArgs, 'code' | 'note' | 'version'>>;
  completeReformTask?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType, RequireFields<MutationCompleteReformTaskArgs, 'code' | 'evidence' | 'version'>>;
  createReformTask?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType, RequireFields<MutationCreateReformTaskArgs, 'input'>>;
  linkDirectiveToTask?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType, RequireFields<MutationLinkDirectiveToTaskArgs, 'code' | 'directiveNumber' | 'version'>>;
  linkProcedureToTask?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType, RequireFields<MutationLinkProcedureToTaskArgs, 'code' | 'level' | 'procedureCode' | 'version'>>;
  recordDirective?: Resolver<ResolversTypes['Directive'], ParentType, ContextType, RequireFields<MutationRecordDirectiveArgs, 'input'>>;
  reopenReformTask?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType, RequireFields<MutationReopenReformTaskArgs, 'code' | 'note' | 'version'>>;
  startReformTask?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType, RequireFields<MutationStartReformTaskArgs, 'code' | 'version'>>;
  updateReformTask?: Resolver<ResolversTypes['ReformTask'], ParentType, ContextType, RequireFields<MutationUpdateReformTaskArgs, 'code' | 'input' | 'version'>>;
};

export type ProcedureLinkResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['ProcedureLink'] = ResolversParentTypes['ProcedureLink']> = {
  communeProcedure?: Resolver<Maybe<ResolversTypes['CommuneProcedure']>, ParentType, ContextType>;
  districtProcedure?: Resolver<Maybe<ResolversTypes['DistrictProcedure']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ProcedureLevel'], ParentType, ContextType>;
  procedureCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  directive?: Resolver<Maybe<ResolversTypes['Directive']>, ParentType, ContextType, RequireFields<QueryDirectiveArgs, 'number'>>;
  reformPlan?: Resolver<Maybe<ResolversTypes['ReformPlan']>, ParentType, ContextType, RequireFields<QueryReformPlanArgs, 'districtCode' | 'year'>>;
  reformTask?: Resolver<Maybe<ResolversTypes['ReformTask']>, ParentType, ContextType, RequireFields<QueryReformTaskArgs, 'code'>>;
};

export type ReformPeriodReportResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['ReformPeriodReport'] = ResolversParentTypes['ReformPeriodReport']> = {
  completedInPeriod?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  directiveCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdueTasks?: Resolver<Array<ResolversTypes['ReformTask']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ReformProgress'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ReformPlanResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['ReformPlan'] = ResolversParentTypes['ReformPlan']> = {
  directiveCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<ReformPlanDirectiveCountArgs, 'from' | 'to'>>;
  directives?: Resolver<Array<ResolversTypes['Directive']>, ParentType, ContextType, RequireFields<ReformPlanDirectivesArgs, 'from' | 'to'>>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdueTasks?: Resolver<Array<ResolversTypes['ReformTask']>, ParentType, ContextType, RequireFields<ReformPlanOverdueTasksArgs, 'asOf'>>;
  periodReport?: Resolver<ResolversTypes['ReformPeriodReport'], ParentType, ContextType, RequireFields<ReformPlanPeriodReportArgs, 'period'>>;
  progress?: Resolver<ResolversTypes['ReformProgress'], ParentType, ContextType, RequireFields<ReformPlanProgressArgs, 'asOf'>>;
  progressByLeadUnit?: Resolver<Array<ResolversTypes['LeadUnitProgress']>, ParentType, ContextType, RequireFields<ReformPlanProgressByLeadUnitArgs, 'asOf'>>;
  satisfactionPlans?: Resolver<ResolversTypes['SatisfactionPlanCoverage'], ParentType, ContextType>;
  taskCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['ReformTask']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReformProgressResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['ReformProgress'] = ResolversParentTypes['ReformProgress']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReformTaskResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['ReformTask'] = ResolversParentTypes['ReformTask']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coordinatingUnits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  directives?: Resolver<Array<ResolversTypes['Directive']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  expectedOutput?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['TaskChange']>>, ParentType, ContextType>;
  leadUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['TaskNote']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<ReformTaskOverdueArgs>>;
  procedureLinks?: Resolver<Array<ResolversTypes['ProcedureLink']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType, Partial<ReformTaskStatusArgs>>;
  statusHistory?: Resolver<Array<ResolversTypes['TaskStatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SatisfactionPlanCoverageResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['SatisfactionPlanCoverage'] = ResolversParentTypes['SatisfactionPlanCoverage']> = {
  plans?: Resolver<Array<ResolversTypes['SatisfactionPlanEntry']>, ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withPlan?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SatisfactionPlanEntryResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['SatisfactionPlanEntry'] = ResolversParentTypes['SatisfactionPlanEntry']> = {
  adoptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitKind?: Resolver<ResolversTypes['SatisfactionPlanUnitKind'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TaskChangeResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['TaskChange'] = ResolversParentTypes['TaskChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValues?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oldValues?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TaskNoteResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['TaskNote'] = ResolversParentTypes['TaskNote']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TaskStatusChangeResolvers<ContextType = ReformContext, ParentType extends ResolversParentTypes['TaskStatusChange'] = ResolversParentTypes['TaskStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ReformContext> = {
  CommuneProcedure?: CommuneProcedureResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Directive?: DirectiveResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  DistrictProcedure?: DistrictProcedureResolvers<ContextType>;
  LeadUnitProgress?: LeadUnitProgressResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ProcedureLink?: ProcedureLinkResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReformPeriodReport?: ReformPeriodReportResolvers<ContextType>;
  ReformPlan?: ReformPlanResolvers<ContextType>;
  ReformProgress?: ReformProgressResolvers<ContextType>;
  ReformTask?: ReformTaskResolvers<ContextType>;
  SatisfactionPlanCoverage?: SatisfactionPlanCoverageResolvers<ContextType>;
  SatisfactionPlanEntry?: SatisfactionPlanEntryResolvers<ContextType>;
  TaskChange?: TaskChangeResolvers<ContextType>;
  TaskNote?: TaskNoteResolvers<ContextType>;
  TaskStatusChange?: TaskStatusChangeResolvers<ContextType>;
};

