import { requireRole } from '../../../shared/auth/identity';
import { BadUserInputError } from '../../../shared/errors';
import type { DeskResolverContext } from '../../deskContext';

import { readDrillDown } from '../store/readDrillDown';
import type { ScorecardView } from '../store/scorecardView';

const MAX_FIRST = 100;

export interface FeedbackItemView {
  unitCode: string;
  feedbackId: string;
  status: string;
  receivedOn: string;
  dueOn: string;
  answeredOn: string | null;
  closedOn: string | null;
  classification: string;
  satisfiedWithAnswer: boolean | null;
}

// SQLite answers booleans as 0/1, MySQL as 0/1 too: null stays null (not yet closed).
const feedbackItem = (r: Record<string, any>): FeedbackItemView => ({
  unitCode: r.unit_code,
  feedbackId: r.feedback_id,
  status: r.status,
  receivedOn: r.received_on,
  dueOn: r.due_on,
  answeredOn: r.answered_on,
  closedOn: r.closed_on,
  classification: r.classification,
  satisfiedWithAnswer: r.satisfied_with_answer === null ? null : Boolean(r.satisfied_with_answer),
});

function checkFirst(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > MAX_FIRST)
    throw new BadUserInputError(`first must be between 0 and ${MAX_FIRST}`, 'first');
  return n;
}

const mayReadDossiers = (ctx: DeskResolverContext) => ['integrator', 'admin'].includes(ctx.identity.role);

/**
 * The Scorecard type's fields that read more than its facts: the drill-down (procedures for
 * everyone, dossier codes for integrators and admins) and the feedback items (integrators and
 * admins only; everyone else sees `feedback`'s counts). Both null on a pool across levels.
 */
export const ScorecardResolvers = {
  drillDown: async (view: ScorecardView, args: { metric: string; first?: number | null }, ctx: DeskResolverContext) => {
    const first = checkFirst(args.first);
    if (!view.scope) return null;
    return readDrillDown(ctx.dataSource, view, args.metric, mayReadDossiers(ctx) ? first : 0);
  },
  feedbackItems: async (
    view: ScorecardView,
    args: { first?: number | null },
    ctx: DeskResolverContext,
  ): Promise<FeedbackItemView[] | null> => {
    requireRole(ctx.identity, ['integrator', 'admin'], 'Reading feedback items');
    const first = checkFirst(args.first);
    if (!view.scope) return null;
    const rows = await ctx.dataSource.query(
      `SELECT unit_code, feedback_id, status, received_on, due_on, answered_on, closed_on, classification,
         satisfied_with_answer FROM feedback fb WHERE fb.unit_code IN (${view.scope.sql})
         AND fb.received_on BETWEEN ? AND ? ORDER BY fb.received_on, fb.unit_code, fb.feedback_id LIMIT ${first}`,
      [...view.scope.parameters, view.from, view.to],
    );
    return rows.map(feedbackItem);
  },
};
