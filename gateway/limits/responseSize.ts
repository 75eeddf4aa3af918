import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { ErrorCode } from '../../subgraphs/shared/errors';

/**
 * Holds every answer to MAX_RESPONSE_BYTES: the data is serialised once, before the response
 * leaves Apollo's pipeline (so the response cache never keeps what is refused, and a cached
 * answer is measured again when served); over the bound, the client gets no data and one
 * RESPONSE_TOO_LARGE error, status 200 as for any other GraphQL error in a well-formed request.
 * `stringify` (Apollo's stringifyResult) reuses the serialised data, so measuring costs nothing.
 */
export function responseSizeBound(maxBytes: number): {
  plugin: ApolloServerPlugin;
  stringify: (result: FormattedExecutionResult) => string;
} {
  const serialised = new WeakMap<object, string>();
  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        // Synchronous up to the replacement: the response-cache plugin's hook, which runs
        // alongside, reads the body only after awaiting, and then sees the error.
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.data) return;
          const text = JSON.stringify(result.data);
          // UTF-8 takes at most 3 bytes per UTF-16 unit: most answers are under the bound
          // without counting their bytes (which costs as much as a walk of a large answer).
          const bytes = text.length * 3 <= maxBytes ? text.length : Buffer.byteLength(text);
          if (bytes <= maxBytes) {
            serialised.set(result.data, text);
            return;
          }
          response.body.singleResult = {
            data: null,
            errors: [
              {
                message: `The answer is ${bytes} bytes, more than the ${maxBytes} bytes an answer may have; ask for fewer rows or fields`,
                extensions: { code: ErrorCode.RESPONSE_TOO_LARGE },
              },
            ],
          };
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
  const stringify = (result: FormattedExecutionResult) => stringifyWith(result, serialised);
  return { plugin, stringify };
}

/** Apollo's own field order (errors, data, extensions) and trailing newline, with the data already serialised. */
function stringifyWith(result: FormattedExecutionResult, serialised: WeakMap<object, string>): string {
  const data = result.data ? serialised.get(result.data) : undefined;
  if (data === undefined) return `${JSON.stringify(result)}\n`;
  const parts: string[] = [];
  if (result.errors !== undefined) parts.push(`"errors":${JSON.stringify(result.errors)}`);
  parts.push(`"data":${data}`);
  if (result.extensions !== undefined) parts.push(`"extensions":${JSON.stringify(result.extensions)}`);
  return `{${parts.join(',')}}\n`;
}
