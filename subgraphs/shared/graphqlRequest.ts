import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import bodyParser from 'body-parser';
import cors from 'cors';
import { requestError, type Refusal } from './httpReplies';
import { withRequestSignal } from './requestSignal';
import { describeError, serviceLogger } from './observability/logger';
import { operationLabel } from './observability/knownOperations';
import { currentRequest } from './observability/requestScope';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What a request to /graphql goes through (httpServer.ts's options, less the server's own). */
export interface GraphQLRequestOptions<C extends BaseContext> {
  server: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  /** Largest request body accepted, e.g. '100kb'; larger ones get 413. */
  bodyLimit?: string;
  /** Runs before the body is read: a Refusal answers the request, undefined lets it through. */
  admit?: (req: IncomingMessage, res: ServerResponse) => Promise<Refusal | undefined>;
  /**
   * Runs on the GraphQL request as Apollo will read it (a POST's JSON body, a GET's query
   * string) before GraphQL does: a Refusal answers with its status and code.
   */
  inspect?: (request: unknown, req: IncomingMessage) => Refusal | undefined;
  /** Answers kept in front of GraphQL (the gateway's answerCache.ts): a hit is sent as it is. */
  answers?: AnswerStore;
}

export interface AnswerStore {
  lookup(
    req: IncomingMessage,
    body: unknown,
  ): Promise<{ hit?: { text: string; headers: Record<string, string> }; ticket?: unknown }>;
  /** `age`: the answer came from a cache this old (seconds), so less of its lifetime is left. */
  keep(ticket: unknown, status: number, cacheControl: string | undefined, text: string, age?: string): Promise<void>;
}

/**
 * The request Apollo Server will read: a POST's body, or a GET's `query`, `operationName`,
 * `variables` and `extensions` (the last two JSON), each taken only when given exactly once, as
 * Apollo does (it refuses the rest itself). A GET must meet the same checks as a POST.
 */
export function graphQLParams(req: IncomingMessage, body: unknown): unknown {
  if (req.method !== 'GET') return body;
  const url = req.url ?? '';
  const search = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?')) : '');
  const once = (name: string) => {
    const values = search.getAll(name);
    return values.length === 1 ? values[0] : undefined;
  };
  const json = (name: string) => {
    const text = once(name);
    try {
      return text === undefined ? undefined : JSON.parse(text);
    } catch {
      return undefined; // Apollo answers 400 for it
    }
  };
  return {
    query: once('query'),
    operationName: once('operationName'),
    variables: json('variables'),
    extensions: json('extensions'),
  };
}

/**
 * A request to /graphql, in the order its steps may turn it away: cors, admission (before the
 * body is read), the body, a kept answer, the inspection, then GraphQL itself.
 */
export function graphQLHandler<C extends BaseContext>(options: GraphQLRequestOptions<C>): Handler {
  const corsHandler = cors();
  const jsonHandler = bodyParser.json({ limit: options.bodyLimit ?? '100kb' });
  const readBody: Handler = (req, res) =>
    jsonHandler(req, res, (err?: any) => {
      if (err) return refuseBody(res, err);
      answerFromStore(options, req, res, (req as any).body);
    });
  const admitted: Handler = (req, res) => {
    if (!options.admit) return readBody(req, res);
    options.admit(req, res).then(
      (refusal) => {
        if (!refusal) return readBody(req, res);
        // The body is not read: say so, so the client does not reuse a half-read connection.
        res.setHeader('connection', 'close');
        requestError(res, refusal.status, refusal.code, refusal.message, refusal.headers);
      },
      (error) => internalError(res, error),
    );
  };
  return (req, res) => corsHandler(req, res, () => admitted(req, res));
}

function refuseBody(res: ServerResponse, err: any): void {
  const tooLarge = err.type === 'entity.too.large';
  const status = tooLarge ? 413 : err.status && err.status < 500 ? err.status : 400;
  const message = tooLarge ? 'Request body is too large' : 'Request body is not valid JSON';
  requestError(res, status, tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message);
}

const logger = serviceLogger('http');

function internalError(res: ServerResponse, error: unknown): void {
  logger.error({ error: describeError(error) }, 'request failed');
  requestError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** A kept answer's body passed the inspection when it was first answered: look it up first. */
function answerFromStore<C extends BaseContext>(
  options: GraphQLRequestOptions<C>,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
): void {
  if (!options.answers) return inspected(options, req, res, body);
  options.answers.lookup(req, body).then(
    ({ hit, ticket }) => {
      if (!hit) return inspected(options, req, res, body, ticket);
      const record = currentRequest();
      if (record) {
        record.cacheHit = 'kept';
        record.operation = operationLabel((body as { operationName?: string } | undefined)?.operationName);
      }
      res.writeHead(200, { ...hit.headers, 'content-length': Buffer.byteLength(hit.text) });
      res.end(hit.text);
    },
    () => inspected(options, req, res, body),
  );
}

function inspected<C extends BaseContext>(
  options: GraphQLRequestOptions<C>,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  ticket?: unknown,
): void {
  const refusal = options.inspect?.(graphQLParams(req, body), req);
  if (refusal) return requestError(res, refusal.status, refusal.code, refusal.message, refusal.headers);
  runGraphQL(options, req, res, ticket);
}

function runGraphQL<C extends BaseContext>(
  options: GraphQLRequestOptions<C>,
  req: IncomingMessage,
  res: ServerResponse,
  ticket?: unknown,
): void {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const search = req.url && req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
  // Under the connection's abort signal: a client gone (the gateway's timeout) stops the work.
  withRequestSignal(req, res, () =>
    options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search, body: (req as any).body },
      context: () => options.context(req),
    }),
  )
    .then((response) => sendResponse(options, res, response, ticket))
    .catch((error) => internalError(res, error));
}

/** Apollo's answer to the client; a complete one is also kept when the store gave a ticket. */
async function sendResponse<C extends BaseContext>(
  options: GraphQLRequestOptions<C>,
  res: ServerResponse,
  response: HTTPGraphQLResponse,
  ticket: unknown,
): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'complete') {
    if (ticket !== undefined) {
      options
        .answers!.keep(
          ticket,
          res.statusCode,
          response.headers.get('cache-control'),
          response.body.string,
          response.headers.get('age'),
        )
        .catch(() => undefined);
    }
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
