import os from 'node:os';
import { repoRoot } from '../../subgraphs/shared/paths';

/**
 * What must never reach a client: internal addresses, SQL the services generate (quoted
 * identifiers, driver error markers), stack traces and file paths. Client input echoed back
 * (an injection string in a refused date) does not match: our own SQL quotes its identifiers.
 */
const LEAKS: Array<[string, RegExp]> = [
  ['internal URL', /https?:\/\/(127\.0\.0\.1|localhost|\[::1\]|district|commune|reform)(:\d+)?/i],
  ['subgraph endpoint', /:\d{2,5}\/graphql/],
  ['SQL text', /\b(SELECT|FROM|JOIN|WHERE|INTO|UPDATE)\s+\\?[`"]\w+\\?[`"]/i],
  ['driver error', /SQLITE_|\bER_[A-Z_]+|QueryFailedError|sqlMessage|sqlState|ECONNREFUSED|ECONNRESET/],
  ['stack trace', /stacktrace|\\n\s+at |\n\s+at |\bat [\w.<>$]+ \(/],
  ['file path', /node_modules|(\/[\w.-]+){2,}\.(ts|js)\b/],
  ['machine path', new RegExp(`${escape(repoRoot())}|${escape(os.tmpdir())}/`)],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The kinds of internal detail found in one response text (empty when clean). */
export function findLeaks(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}
