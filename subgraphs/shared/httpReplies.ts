import type { ServerResponse } from 'node:http';
import { currentRequest } from './observability/requestScope';

/** Why a request was turned away before GraphQL saw it (401 no identity, 429 rate limited...). */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A GraphQL-over-HTTP error body for requests refused before GraphQL sees them. */
export function requestError(
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
