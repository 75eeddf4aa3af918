import { ForbiddenError } from '../errors';

export const ROLES = ['anonymous', 'integrator', 'planner', 'admin', 'desk'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking, as verified by the gateway and forwarded to the subgraphs. Subgraphs enforce
 * every rule on this, where the data lives; they never see the client's raw headers.
 */
export interface Identity {
  role: Role;
  /** The token's subject (a user or client id); null for anonymous callers. */
  subject: string | null;
  /** For `desk` identities: the one unit (district or commune code) the desk writes for. */
  unitCode: string | null;
  /** For `planner` identities: the districts (codes) whose reform plans the planner may change. */
  districts?: readonly string[];
}

export const ANONYMOUS: Identity = Object.freeze({ role: 'anonymous', subject: null, unitCode: null });

/** Throws FORBIDDEN unless the identity has one of the roles; `action` names what was refused. */
export function requireRole(identity: Identity, roles: readonly Role[], action: string): void {
  if (!roles.includes(identity.role)) {
    throw new ForbiddenError(`${action} needs the ${roles.join(' or ')} role`);
  }
}

/**
 * Writes are recorded under the token's subject and their idempotency keys are scoped by it:
 * two tokens without one would share a scope and an author, so such tokens may not write.
 */
export function requireSubject(identity: Identity, action: string): void {
  if (!identity.subject)
    throw new ForbiddenError(`${action} needs a token with a subject (the "sub" claim); this one has none`);
}

/**
 * A planner changes only the plans of the districts its token names (the `districts` claim);
 * an admin is not bound to a district.
 */
export function requireDistrict(identity: Identity, districtCode: string, action: string): void {
  if (identity.role === 'admin') return;
  const districts = identity.districts ?? [];
  if (!districts.includes(districtCode)) {
    const named = districts.length ? `names district(s) ${districts.join(', ')} only` : 'names no district';
    throw new ForbiddenError(`${action} on district ${districtCode} is refused: your token ${named}`);
  }
}
