import { atItsLevelOn } from '../../catalogue/procedureLevels';
import type { DateWindow } from '../../../shared/dates';
import { FACT_NAMES, type FactName } from '../facts';

/**
 * Each scorecard fact as a SQL expression over one row of its source: a dossier (d, with its
 * facts f, rating r, procedure p and procedure facts pf), a procedure of the catalogue (p, pf),
 * or a feedback item (fb). An expression is 1 when the row counts towards the fact in the
 * window, 0 otherwise; `distinct` facts count procedures that have at least one such dossier.
 * The window's days are validated YYYY-MM-DD strings (parsePeriod), written as literals so one
 * statement can count two periods side by side.
 */
/** The scorecard's facts, and what a scorecard shows beside them without scoring it. */
export type CountedFact = FactName | 'feedbackAboutStaff';
export type CountedFacts = Record<CountedFact, number>;
export const COUNTED_FACTS: readonly CountedFact[] = [...FACT_NAMES, 'feedbackAboutStaff'];

export type FactSource = 'dossier' | 'procedure' | 'feedback';
export interface FactSql {
  source: FactSource;
  expression: string;
  distinct?: boolean;
}

const when = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;
const between = (column: string, w: DateWindow) => `${column} BETWEEN '${w.from}' AND '${w.to}'`;

function dossierFacts(w: DateWindow): Partial<Record<FactName, string>> {
  const received = between('d.received_on', w);
  const resolved = between('d.resolved_on', w);
  const due = `(${resolved} OR (${between('d.due_on', w)} AND (d.closed_on IS NULL OR d.closed_on > '${w.to}')))`;
  // Decision 766: more than one supplement request makes a resolution late.
  const onTime = `${resolved} AND d.resolved_on <= d.due_on AND d.supplement_count <= 1`;
  return {
    dossiersReceived: received,
    dossiersSynced: `${received} AND f.synced_to_portal = 1`,
    dossiersDue: due,
    dossiersOnTime: onTime,
    dossiersReceivedOnline: `${received} AND d.channel = 'ONLINE'`,
    dossiersFeeBearing: `${received} AND f.fee > 0`,
    dossiersPaidOnline: `${received} AND f.fee > 0 AND f.paid_online = 1`,
    dossiersRequiringResult: resolved,
    dossiersResultElectronic: `${resolved} AND f.result_electronic = 1`,
    dossiersDigitised: `${received} AND f.documents_digitised = 1`,
    dossiersCertification: `${received} AND f.certified_copies > 0`,
    dossiersCertificationElectronic: `${received} AND f.certified_copies > 0 AND f.certified_electronically = f.certified_copies`,
    dossiersReusingData: `${received} AND f.reused_data = 1`,
    dossiersSharedForReuse: `${received} AND f.shared_for_reuse = 1`,
    dossiersUsingPopulationDb: `${received} AND f.used_population_db = 1`,
    dossiersComplainedOrDisliked: `${onTime} AND r.verdict = 'DISLIKE'`,
  };
}

const DISTINCT_DOSSIER_FACTS = (w: DateWindow): Partial<Record<FactName, string>> => ({
  proceduresOnlineWithOnlineDossier: `${between('d.received_on', w)} AND d.channel = 'ONLINE' AND p.online_level <> 'NONE'`,
  proceduresWithOnlinePayment: `${between('d.received_on', w)} AND f.paid_online = 1 AND pf.online_payment_offered = 1`,
});

function procedureFactsOfAnyLevel(w: DateWindow): Partial<Record<FactName, string>> {
  const inForce = `p.effective_from <= '${w.to}' AND (p.effective_to IS NULL OR p.effective_to >= '${w.to}')`;
  const feeBearing = `${inForce} AND p.fee_vnd > 0`;
  return {
    proceduresPublishedInPeriod: between('pf.published_on', w),
    proceduresPublishedOnTime: `${between('pf.published_on', w)} AND pf.published_on <= pf.publication_due_on`,
    proceduresToMakePublic: between('pf.update_due_on', w),
    proceduresMadePublicOnTime: `${between('pf.update_due_on', w)} AND pf.made_public_on <= pf.update_due_on`,
    proceduresPublic: inForce,
    proceduresPublicComplete: `${inForce} AND pf.content_fully_public = 1`,
    proceduresInForce: inForce,
    proceduresOnline: `${inForce} AND p.online_level <> 'NONE'`,
    proceduresFeeBearing: feeBearing,
    proceduresOnlinePaymentOffered: `${feeBearing} AND pf.online_payment_offered = 1`,
    // Every procedure of a one-stop desk serves citizens; the catalogue does not say otherwise.
    proceduresForCitizens: inForce,
    proceduresUsingPopulationDb: `${inForce} AND pf.population_db_connected = 1`,
  };
}

/**
 * A desk's catalogue can hold procedures of another level on some days (the district's procedures
 * sit in the commune catalogue, at the district level until 2025-06-30): only those at the desk's
 * level on the period's last day count. The day is a checked YYYY-MM-DD, written in like `inForce`.
 */
function procedureFacts(w: DateWindow): Partial<Record<FactName, string>> {
  const atLevel = atItsLevelOn('p', `'${w.to}'`);
  return Object.fromEntries(
    Object.entries(procedureFactsOfAnyLevel(w)).map(([name, e]) => [name, `${e} AND ${atLevel}`]),
  );
}

function feedbackFacts(w: DateWindow): Partial<Record<CountedFact, string>> {
  const received = between('fb.received_on', w);
  const due = between('fb.due_on', w);
  const onTime = `fb.answered_on IS NOT NULL AND fb.answered_on <= fb.due_on`;
  return {
    feedbackReceived: received,
    feedbackDue: due,
    feedbackOnTime: `${due} AND ${onTime}`,
    feedbackDissatisfiedOrOverdue: `${received} AND (fb.satisfied_with_answer = 0 OR NOT (${onTime}) OR fb.answered_on IS NULL)`,
    feedbackClassified: `${received} AND fb.classification <> 'UNCLASSIFIED'`,
    feedbackDissatisfactionComplaints: `${received} AND fb.about_dissatisfaction = 1`,
    feedbackAboutStaff: `${received} AND fb.classification = 'STAFF'`,
  };
}

/** Every fact's expression for one window. */
export function factSql(w: DateWindow): Record<CountedFact, FactSql> {
  const of = (source: FactSource, facts: Partial<Record<CountedFact, string>>, distinct = false) =>
    Object.entries(facts).map(([name, e]): [string, FactSql] => [name, { source, expression: when(e), distinct }]);
  const entries = [
    ...of('dossier', dossierFacts(w)),
    ...of('dossier', DISTINCT_DOSSIER_FACTS(w), true),
    ...of('procedure', procedureFacts(w)),
    ...of('feedback', feedbackFacts(w)),
  ];
  return Object.fromEntries(entries) as Record<CountedFact, FactSql>;
}

/** The FROM clause of each source, for the units named by `units` (a SQL list or subquery). */
export function sourceFrom(source: FactSource, units: string): string {
  if (source === 'dossier')
    return `dossier d JOIN admin_procedure p ON p.code = d.procedure_code
      LEFT JOIN procedure_fact pf ON pf.procedure_code = d.procedure_code
      LEFT JOIN dossier_fact f ON f.dossier_code = d.code
      LEFT JOIN dossier_rating r ON r.dossier_code = d.code
      WHERE d.unit_code IN (${units})`;
  if (source === 'feedback') return `feedback fb WHERE fb.unit_code IN (${units})`;
  return `admin_procedure p LEFT JOIN procedure_fact pf ON pf.procedure_code = p.code WHERE 1 = 1`;
}
