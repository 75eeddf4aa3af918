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
}

export const ANONYMOUS: Identity = Object.freeze({ role: 'anonymous', subject: null, unitCode: null });

/** Throws FORBIDDEN unless the identity has one of the roles; `action` names what was refused. */
export function requireRole(identity: Identity, roles: readonly Role[], action: string): void {
  if (!roles.includes(identity.role)) {
    throw new ForbiddenError(`${action} needs the ${roles.join(' or ')} role`);
  }
}
