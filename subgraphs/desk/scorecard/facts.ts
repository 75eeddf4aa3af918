/**
 * The counts a scorecard is computed from: one number per fact name for one unit and one
 * period. Every fact is a count of procedures, dossiers or feedback items (never a rate), so
 * that the facts of several units add up to the facts of the district they form, and a
 * district's ratio is pooled the way the national portal pools a province's dossiers.
 *
 * Each name says what is counted; DESIGN.md says where the underlying record lives.
 */
export const FACT_NAMES = [
  // Procedures (thủ tục hành chính) the unit applies.
  'proceduresPublishedInPeriod',
  'proceduresPublishedOnTime',
  'proceduresToMakePublic',
  'proceduresMadePublicOnTime',
  'proceduresPublic',
  'proceduresPublicComplete',
  'proceduresInForce',
  'proceduresOnline',
  'proceduresOnlineWithOnlineDossier',
  'proceduresFeeBearing',
  'proceduresOnlinePaymentOffered',
  'proceduresWithOnlinePayment',
  'proceduresForCitizens',
  'proceduresUsingPopulationDb',
  // Dossiers (hồ sơ) received, due or resolved in the period.
  'dossiersReceived',
  'dossiersSynced',
  'dossiersDue',
  'dossiersOnTime',
  'dossiersReceivedOnline',
  'dossiersFeeBearing',
  'dossiersPaidOnline',
  'dossiersRequiringResult',
  'dossiersResultElectronic',
  'dossiersDigitised',
  'dossiersCertification',
  'dossiersCertificationElectronic',
  'dossiersReusingData',
  'dossiersSharedForReuse',
  'dossiersUsingPopulationDb',
  'dossiersComplainedOrDisliked',
  // Citizen feedback (phản ánh, kiến nghị) received or due in the period.
  'feedbackReceived',
  'feedbackDue',
  'feedbackOnTime',
  'feedbackDissatisfiedOrOverdue',
  'feedbackClassified',
  'feedbackDissatisfactionComplaints',
] as const;

export type FactName = (typeof FACT_NAMES)[number];

/** The facts of one unit (or a pool of units) for one period. */
export type UnitFacts = Record<FactName, number>;

/** All facts zero: the starting point for fixtures and for adding units up. */
export function emptyFacts(): UnitFacts {
  return Object.fromEntries(FACT_NAMES.map((name) => [name, 0])) as UnitFacts;
}

/** The facts of a district: the sum of its units' facts (ratios are pooled, never averaged). */
export function sumFacts(units: readonly Partial<UnitFacts>[]): UnitFacts {
  const total = emptyFacts();
  for (const unit of units) {
    for (const name of FACT_NAMES) total[name] += unit[name] ?? 0;
  }
  return total;
}
