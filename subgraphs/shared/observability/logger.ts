import pino, { type Logger } from 'pino';
import { currentRequest } from './requestScope';

/**
 * Every service logs JSON lines (pino): one per request (requestLog.ts) and one per event worth
 * an operator's attention, each with the service's name and, inside a request, its request id.
 * Never a token, a secret or an applicant's data: callers log codes, names and counts.
 * LOG_LEVEL sets the level (default info; `silent` for none).
 */
type Sink = (line: string) => void;
const sinks = new Set<Sink>();

/** Lines go to stdout, or only to the sinks while a test captures them. */
const destination = {
  write(line: string): void {
    if (sinks.size === 0) process.stdout.write(line);
    else for (const sink of sinks) sink(line);
  },
};

const root: Logger = pino(
  {
    level: process.env.LOG_LEVEL || 'info',
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Inside a request, every line names it.
    mixin: () => {
      const request = currentRequest();
      return request ? { requestId: request.id } : {};
    },
  },
  destination,
);

export function serviceLogger(service: string): Logger {
  return root.child({ service });
}

/** Collects every log line (tests scan them); the returned function stops collecting. */
export function captureLogs(lines: string[]): () => void {
  const sink: Sink = (line) => lines.push(line);
  sinks.add(sink);
  return () => sinks.delete(sink);
}

/**
 * An error as a log line may carry it: its type, code and stack frames, and its message with
 * quoted values and long digit runs blanked (a driver's message may quote the row it refused).
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const anyError = error as Error & { code?: unknown; driverError?: { code?: unknown } };
  const redact = (text: string) => text.replace(/'[^']*'|"[^"]*"/g, "'?'").replace(/\d{6,}/g, '?');
  return {
    type: error.constructor.name,
    code: anyError.code ?? anyError.driverError?.code,
    message: redact(error.message).slice(0, 300),
    frames: (error.stack ?? '').split('\n').slice(1, 8).join('\n'),
  };
}
