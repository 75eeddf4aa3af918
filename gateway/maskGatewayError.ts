import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../subgraphs/shared/errors';

const PASSED_THROUGH = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
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
 * the gateway; a subgraph that cannot be reached becomes SERVICE_UNAVAILABLE.
 */
export function maskGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  const serviceName = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
  const base = { locations: formatted.locations, path: formatted.path };
  if (PASSED_THROUGH.has(code)) {
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
