import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';
import { describeError, serviceLogger } from './observability/logger';

const errorLogger = serviceLogger('graphql');

/** Driver errors that mean "the database is not reachable right now", as opposed to a bug. */
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
  'ER_SERVER_SHUTDOWN',
  'POOL_CLOSED',
]);

function isUnavailable(error: unknown): boolean {
  let current: any = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (UNAVAILABLE_ERRNOS.has(current.code) || UNAVAILABLE_ERRNOS.has(current.driverError?.code)) return true;
    current = current.originalError ?? current.cause;
  }
  return false;
}

/**
 * Apollo's formatError for every service: errors raised on purpose carry a catalogue code and
 * pass through; anything else (a driver error, a bug) is logged here and replaced by a generic
 * message, so SQL text, file paths and stack traces never leave the process.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code !== ErrorCode.INTERNAL_SERVER_ERROR && code !== undefined) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const unavailable = isUnavailable(error);
  if (!unavailable) errorLogger.error({ error: describeError(error) }, 'internal error');
  return {
    message: unavailable ? 'A data store is temporarily unavailable; try again shortly' : 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: unavailable ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
