/**
 * Metric labels must stay few and must never carry what a client wrote: an operation name is
 * client text (it could hold anything, an applicant's name included). Only the names below, and
 * those an operator adds with METRICS_OPERATIONS (comma-separated), are labels; any other named
 * operation is `other`, an unnamed one `anonymous`.
 */
const BUILT_IN = [
  // The README's headline and the dashboard's queries (web/src).
  'Headline',
  'Commune',
  'CommuneReport',
  'Directives',
  'DistrictReport',
  'MonthlyTrend',
  'ReformProgress',
  'Scorecard',
  'Units',
];
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

let known: Set<string> | undefined;

function knownNames(): Set<string> {
  known ??= new Set([
    ...BUILT_IN,
    ...(process.env.METRICS_OPERATIONS ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => NAME.test(name)),
  ]);
  return known;
}

/** Lets the trusted-operations registry (or a test) add the names it serves. */
export function addKnownOperations(names: Iterable<string>): void {
  for (const name of names) if (NAME.test(name)) knownNames().add(name);
}

/**
 * The label of an operation name. A subgraph sees the gateway's name for its part of a plan,
 * `<operation>__<subgraph>__<n>`, labelled by the client's operation it came from.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  const base = name.replace(/__[a-z]+__\d+$/, '');
  return knownNames().has(base) ? base : 'other';
}
