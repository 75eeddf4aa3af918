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

/**
 * What must never reach a log line or a metric label: a bearer token or any JWT (the gateway's
 * signed identity included), an Authorization header, a client or gateway secret, an applicant's
 * name or citizen id number (the fixtures' applicants are all named Nguyễn Văn/Thị ...; citizen
 * ids are 12 digits starting with 0). `secrets` are exact strings that must not appear either.
 */
const PRIVATE: Array<[string, RegExp]> = [
  ['token', /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./],
  ['authorization header', /authorization|bearer /i],
  ['client secret', /client_secret|clientSecret|"secret"/i],
  // A citizen id stands alone: twelve digits inside a hex run (a request id's UUID) are not one.
  ['applicant data', /applicant(Name|IdNumber)|Nguyễn (Văn|Thị)|(?<![\dA-Za-z-])0\d{11}(?![\dA-Za-z-])/],
];

/** The kinds of private data found in one log line or label value (empty when clean). */
export function findPrivateData(text: string, secrets: string[] = []): string[] {
  const found = PRIVATE.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
  if (secrets.some((secret) => secret && text.includes(secret))) found.push('a secret value');
  return found;
}

/** The label values of a Prometheus text exposition (what a metric's labels say). */
export function metricLabelValues(exposition: string): string[] {
  return [...exposition.matchAll(/\w+="((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
}
