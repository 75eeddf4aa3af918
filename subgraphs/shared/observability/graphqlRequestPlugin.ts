import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { operationLabel } from './knownOperations';
import { loggedSubject } from './observeRequests';
import { currentRequest } from './requestScope';

interface WithIdentity {
  identity?: { role: string; subject: string | null };
}

/**
 * Fills the request's record (requestScope.ts) from Apollo's side: the operation's label, who
 * asked, the codes of the errors answered, a response-cache hit. Adds `requestId` to every
 * error's extensions after formatError has masked them, so a client quoting an error gives the
 * id its request's log lines carry.
 */
export function graphqlRequestPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const record = currentRequest();
      if (!record) return;
      const identity = (contextValue as WithIdentity).identity;
      if (identity) record.client = { role: identity.role, subject: loggedSubject(identity.subject) };
      return {
        async willSendResponse(requestContext) {
          record.operation = operationLabel(requestContext.operationName ?? requestContext.request.operationName);
          if (requestContext.metrics.responseCacheHit) record.cacheHit ??= 'response';
          const { body } = requestContext.response;
          if (body.kind !== 'single' || !body.singleResult.errors) return;
          body.singleResult.errors = body.singleResult.errors.map((error: GraphQLFormattedError) => {
            const code = error.extensions?.code;
            if (typeof code === 'string' && !record.errorCodes.includes(code)) record.errorCodes.push(code);
            return { ...error, extensions: { ...error.extensions, requestId: record.id } };
          });
        },
      };
    },
  };
}
