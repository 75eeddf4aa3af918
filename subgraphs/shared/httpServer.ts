import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import bodyParser from 'body-parser';
import cors from 'cors';
import type { Logger } from 'pino';
import { describeError, serviceLogger } from './observability/logger';
import { operationLabel } from './observability/knownOperations';
import type { RequestObserver } from './observability/observeRequests';
import { currentRequest } from './observability/requestScope';
import { withRequestSignal } from './requestSignal';

export interface Probe {
  ok: boolean;
  body: Record<string, unknown>;
}

/** Why a request was turned away before GraphQL saw it (401 no identity, 429 rate limited...). */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

export interface HttpServiceOptions<C extends BaseContext> {
  server: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  port: number;
  host?: string;
  /** Largest request body accepted, e.g. '100kb'; larger ones get 413. */
  bodyLimit?: string;
  /**
   * GET /ready: every dependency reachable. /health only says the process serves requests.
   * A Refusal (the gateway's rate limit, a bad token) answers the request instead.
   */
  ready?: (req: IncomingMessage) => Promise<Probe | Refusal>;
  /** Runs before the body is read: a Refusal answers the request, undefined lets it through. */
  admit?: (req: IncomingMessage) => Promise<Refusal | undefined>;
  /**
   * Runs on the GraphQL request as Apollo will read it (a POST's JSON body, a GET's query
   * string) before GraphQL does: a Refusal answers with its status and code.
   */
  inspect?: (request: unknown) => Refusal | undefined;
  /** Answers kept in front of GraphQL (the gateway's answerCache.ts): a hit is sent as it is. */
  answers?: AnswerStore;
  /** How long close() lets in-flight requests finish before cutting their connections. */
  shutdownTimeoutMs?: number;
  /** Pages served beside GraphQL (the gateway's staticPages.ts): true when it answered the request. */
  pages?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Logs, measures and traces every request but /health (observeRequests.ts). */
  observer?: RequestObserver;
  logger?: Logger;
}

export interface AnswerStore {
  lookup(
    req: IncomingMessage,
    body: unknown,
  ): Promise<{ hit?: { text: string; headers: Record<string, string> }; ticket?: unknown }>;
  /** `age`: the answer came from a cache this old (seconds), so less of its lifetime is left. */
  keep(ticket: unknown, status: number, cacheControl: string | undefined, text: string, age?: string): Promise<void>;
}

export interface RunningHttpService {
  url: string;
  port: number;
  httpServer: http.Server;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A GraphQL-over-HTTP error body for requests refused before GraphQL sees them. */
function requestError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  // The request id goes into the error, as in GraphQL errors, so a complaint can be traced.
  const record = currentRequest();
  record?.errorCodes.push(code);
  sendJson(res, status, { errors: [{ message, extensions: { code, ...(record ? { requestId: record.id } : {}) } }] });
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
 * Serves an ApolloServer on plain node:http (the same pieces as Apollo's standalone server:
 * cors and body-parser) plus /health and /ready, with JSON errors instead of HTML pages for
 * bodies that are too large or not JSON.
 */
export async function listenHttp<C extends BaseContext>(options: HttpServiceOptions<C>): Promise<RunningHttpService> {
  const logger = options.logger ?? serviceLogger('http');
  const corsHandler = cors();
  const jsonHandler = bodyParser.json({ limit: options.bodyLimit ?? '100kb' });

  const admitted = (req: IncomingMessage, res: ServerResponse) => {
    if (!options.admit) return handleGraphQL(req, res);
    options.admit(req).then(
      (refusal) => {
        if (!refusal) return handleGraphQL(req, res);
        // The body is not read: say so, so the client does not reuse a half-read connection.
        res.setHeader('connection', 'close');
        requestError(res, refusal.status, refusal.code, refusal.message, refusal.headers);
      },
      (error) => {
        logger.error({ error: describeError(error) }, 'admission failed');
        requestError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      },
    );
  };

  const handleGraphQL = (req: IncomingMessage, res: ServerResponse) => {
    jsonHandler(req, res, (err?: any) => {
      if (err) {
        const tooLarge = err.type === 'entity.too.large';
        const status = tooLarge ? 413 : err.status && err.status < 500 ? err.status : 400;
        const message = tooLarge ? 'Request body is too large' : 'Request body is not valid JSON';
        requestError(res, status, tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message);
        return;
      }
      const body = (req as any).body;
      // A kept answer's body passed the inspection when it was first answered: look it up first.
      if (!options.answers) return inspected(req, res, body);
      options.answers.lookup(req, body).then(
        ({ hit, ticket }) => {
          if (!hit) return inspected(req, res, body, ticket);
          const record = currentRequest();
          if (record) {
            record.cacheHit = 'kept';
            record.operation = operationLabel((body as { operationName?: string } | undefined)?.operationName);
          }
          res.writeHead(200, { ...hit.headers, 'content-length': Buffer.byteLength(hit.text) });
          res.end(hit.text);
        },
        () => inspected(req, res, body),
      );
    });
  };

  const inspected = (req: IncomingMessage, res: ServerResponse, body: unknown, ticket?: unknown) => {
    const refusal = options.inspect?.(graphQLParams(req, body));
    if (refusal) {
      requestError(res, refusal.status, refusal.code, refusal.message, refusal.headers);
      return;
    }
    runGraphQL(req, res, ticket);
  };

  const runGraphQL = (req: IncomingMessage, res: ServerResponse, ticket?: unknown) => {
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
      .then(async (response) => {
        for (const [key, value] of response.headers) res.setHeader(key, value);
        res.statusCode = response.status || 200;
        if (response.body.kind === 'complete') {
          if (ticket !== undefined) {
            const { statusCode } = res;
            options
              .answers!.keep(
                ticket,
                statusCode,
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
      })
      .catch((error) => {
        logger.error({ error: describeError(error) }, 'request failed');
        requestError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      });
  };

  let closing = false;
  const httpServer = http.createServer((req, res) => {
    const observer = options.observer;
    if (observer && (req.url ?? '/').split('?')[0] !== '/health') observer.observe(req, res, () => route(req, res));
    else route(req, res);
  });

  const route = (req: IncomingMessage, res: ServerResponse) => {
    // While shutting down, finish this request but tell keep-alive clients not to send more.
    if (closing) res.setHeader('connection', 'close');
    res.once('finish', () => {
      if (closing) setImmediate(() => httpServer.closeIdleConnections());
    });
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/health') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (pathname === '/ready') {
      if (closing) {
        sendJson(res, 503, { status: 'shutting down' });
        return;
      }
      const probe = options.ready ?? (async () => ({ ok: true, body: {} }));
      probe(req)
        .then((result) => {
          if (!('ok' in result)) return requestError(res, result.status, result.code, result.message, result.headers);
          sendJson(res, result.ok ? 200 : 503, { status: result.ok ? 'ready' : 'not ready', ...result.body });
        })
        .catch(() => sendJson(res, 503, { status: 'not ready' }));
      return;
    }
    if (options.pages?.(req, res)) return;
    if (pathname !== '/graphql') {
      requestError(res, 404, 'NOT_FOUND', 'Not found: GraphQL is served at /graphql');
      return;
    }
    corsHandler(req, res, () => admitted(req, res));
  };

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    httpServer,
    async close() {
      // Stop taking connections, let in-flight requests finish (up to the timeout), then stop Apollo.
      closing = true;
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      const deadline = setTimeout(() => httpServer.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
      await closed;
      clearTimeout(deadline);
      await options.server.stop();
    },
  };
}
