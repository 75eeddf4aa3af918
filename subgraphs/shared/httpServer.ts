import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestObserver } from './observability/observeRequests';
import { graphQLHandler, type GraphQLRequestOptions } from './graphqlRequest';
import { requestError, sendJson, type Refusal } from './httpReplies';

export type { AnswerStore } from './graphqlRequest';
export type { Refusal } from './httpReplies';

export interface Probe {
  ok: boolean;
  body: Record<string, unknown>;
}

export interface HttpServiceOptions<C extends BaseContext> extends GraphQLRequestOptions<C> {
  port: number;
  host?: string;
  /**
   * GET /ready: every dependency reachable. /health only says the process serves requests.
   * A Refusal (the gateway's rate limit, a bad token) answers the request instead.
   */
  ready?: (req: IncomingMessage) => Promise<Probe | Refusal>;
  /** How long close() lets in-flight requests finish before cutting their connections. */
  shutdownTimeoutMs?: number;
  /** Pages served beside GraphQL (the gateway's staticPages.ts): true when it answered the request. */
  pages?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Logs, measures and traces every request but /health (observeRequests.ts). */
  observer?: RequestObserver;
  logger?: Logger;
}

export interface RunningHttpService {
  url: string;
  port: number;
  httpServer: http.Server;
  close(): Promise<void>;
}

/**
 * Serves an ApolloServer on plain node:http (the same pieces as Apollo's standalone server:
 * cors and body-parser) plus /health and /ready, with JSON errors instead of HTML pages for
 * bodies that are too large or not JSON.
 */
export async function listenHttp<C extends BaseContext>(options: HttpServiceOptions<C>): Promise<RunningHttpService> {
  const state = { closing: false };
  const serveGraphQL = graphQLHandler(options);
  const httpServer: http.Server = http.createServer((req, res) => {
    // While shutting down, finish this request but tell keep-alive clients not to send more.
    if (state.closing) res.setHeader('connection', 'close');
    res.once('finish', () => {
      if (state.closing) setImmediate(() => httpServer.closeIdleConnections());
    });
    const serve = () => route(req, res, options, state, serveGraphQL);
    const observer = options.observer;
    if (observer && (req.url ?? '/').split('?')[0] !== '/health') observer.observe(req, res, serve);
    else serve();
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    httpServer,
    close: () => closeGracefully(httpServer, options, state),
  };
}

/** /health, /ready, the pages beside GraphQL, then /graphql; anything else is a JSON 404. */
function route<C extends BaseContext>(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpServiceOptions<C>,
  state: { closing: boolean },
  serveGraphQL: (req: IncomingMessage, res: ServerResponse) => void,
): void {
  const pathname = (req.url ?? '/').split('?')[0];
  if (pathname === '/health') return sendJson(res, 200, { status: 'ok' });
  if (pathname === '/ready') {
    if (state.closing) return sendJson(res, 503, { status: 'shutting down' });
    return answerReady(req, res, options.ready);
  }
  if (options.pages?.(req, res)) return;
  if (pathname !== '/graphql') return requestError(res, 404, 'NOT_FOUND', 'Not found: GraphQL is served at /graphql');
  serveGraphQL(req, res);
}

function answerReady(req: IncomingMessage, res: ServerResponse, ready: HttpServiceOptions<any>['ready']): void {
  const probe = ready ?? (async () => ({ ok: true, body: {} }));
  probe(req)
    .then((result) => {
      if (!('ok' in result)) return requestError(res, result.status, result.code, result.message, result.headers);
      sendJson(res, result.ok ? 200 : 503, { status: result.ok ? 'ready' : 'not ready', ...result.body });
    })
    .catch(() => sendJson(res, 503, { status: 'not ready' }));
}

/** Stop taking connections, let in-flight requests finish (up to the timeout), then stop Apollo. */
async function closeGracefully<C extends BaseContext>(
  httpServer: http.Server,
  options: HttpServiceOptions<C>,
  state: { closing: boolean },
): Promise<void> {
  state.closing = true;
  const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  httpServer.closeIdleConnections();
  const deadline = setTimeout(() => httpServer.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
  await closed;
  clearTimeout(deadline);
  await options.server.stop();
}
