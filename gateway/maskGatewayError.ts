import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../subgraphs/shared/errors';
import { TOO_COMPLEX } from './limits/queryLimits';

const PASSED_THROUGH = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.BAD_REQUEST,
  ErrorCode.SERVICE_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The gateway copies subgraph errors to clients with the subgraph's URL, raw response bodies
 * and stack traces. Only a catalogue code, its message and the failing service's *name* leave
 * the gateway; a subgraph that cannot be reached, times out or answers with an HTTP error
 * becomes SERVICE_UNAVAILABLE. The operation limits' rejections get one code, QUERY_TOO_COMPLEX.
 */
export function maskGatewayError(
  formatted: GraphQLFormattedError,
  options: { production: boolean } = { production: true },
): GraphQLFormattedError {
  const masked = maskError(formatted);
  return options.production ? { ...masked, message: withoutSuggestions(masked.message) } : masked;
}

/**
 * graphql-js suggests names ("Did you mean the enum value "MONTH"?", "... "code"?", "... "Int"?")
 * in validation and variable errors alike; production keeps its schema unspelt (introspection
 * is off), so every suggestion goes, wherever in the message it is.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '');
}

function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  const serviceName = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
  const base = { locations: formatted.locations, path: formatted.path };
  const limitMessage = formatted.message.replace(/^Syntax Error: /, '');
  if (limitMessage.startsWith(TOO_COMPLEX)) {
    return { message: limitMessage, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  // `response` is set when the subgraph answered with an HTTP error (its status and raw body):
  // that is the service failing, whatever code the gateway derived from the status.
  const httpFailure = serviceName !== undefined && extensions.response !== undefined;
  if (PASSED_THROUGH.has(code) && !httpFailure) {
    return { ...base, message: formatted.message, extensions: { code, ...(serviceName ? { serviceName } : {}) } };
  }
  if (serviceName) {
    return {
      ...base,
      message: `The ${serviceName} service could not answer; its part of the result is missing`,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, serviceName },
    };
  }
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
