import { GraphQLError } from 'graphql';

/**
 * The error codes clients can rely on. Every error this API raises carries one of them in
 * `extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR.
 */
export const ErrorCode = {
  /** The request is well-formed GraphQL but an argument is invalid (bad date, from after to...). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The thing asked for does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** No valid identity was presented where one is needed. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The identity is valid but its role does not allow this. */
  FORBIDDEN: 'FORBIDDEN',
  /** A write lost a race (stale version) or reuses an idempotency key with another payload. */
  CONFLICT: 'CONFLICT',
  /** The client sent more requests than its limit allows; the Retry-After header says when to retry. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request body is larger than the service accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The HTTP request itself is malformed: a body that is not JSON, a missing query (HTTP 400). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The operation is deeper, longer, more aliased or costlier than the API's limits. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The answer would be larger than MAX_RESPONSE_BYTES; the gateway sends no data instead. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** A database or subgraph cannot be reached right now; retrying later may succeed. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A fault inside the service; details are logged, never sent. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'The service is temporarily unavailable; try again shortly') {
    super(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'A valid bearer token is needed for this') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT } });
  }
}

/**
 * A statistics statement ran past STATS_STATEMENT_TIMEOUT_MS and was stopped by the database
 * (MariaDB/MySQL) or by ending its worker (SQLite). The field is missing, the service goes on.
 */
export class StatementTimeoutError extends GraphQLError {
  constructor(limitMs: number) {
    super(
      `This statistic needs more than the ${limitMs} ms a statement may take; ask for a shorter window or fewer dimensions`,
      {
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      },
    );
  }
}

/** The client went away (the gateway's subgraph timeout) before the answer: its work was stopped. */
export class RequestAbandonedError extends GraphQLError {
  constructor() {
    super('The request was abandoned by its client; its work was stopped', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  }
}
