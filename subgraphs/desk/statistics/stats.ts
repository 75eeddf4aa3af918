/** Counts for the dossiers received in a window, as stored. */
export interface DossierCounts {
  received: number;
  resolved: number;
  resolvedOnTime: number;
}

/** The public `DossierStats` shape: counts plus the figures derived from them. */
export interface DossierStats extends DossierCounts {
  inProgress: number;
  onTimeRate: number | null;
}

export const ZERO_COUNTS: DossierCounts = Object.freeze({ received: 0, resolved: 0, resolvedOnTime: 0 });

/** part / whole as a percent with two decimals (57.14), or null when whole is 0. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  // Integer arithmetic first, so 12/21 gives 57.14 and not 57.14000000000001.
  return Math.round((part * 10000) / whole) / 100;
}

export function dossierStats(counts: DossierCounts): DossierStats {
  return {
    received: counts.received,
    resolved: counts.resolved,
    resolvedOnTime: counts.resolvedOnTime,
    inProgress: counts.received - counts.resolved,
    onTimeRate: percent(counts.resolvedOnTime, counts.resolved),
  };
}

export function addCounts(a: DossierCounts, b: DossierCounts): DossierCounts {
  return {
    received: a.received + b.received,
    resolved: a.resolved + b.resolved,
    resolvedOnTime: a.resolvedOnTime + b.resolvedOnTime,
  };
}

/** SQL drivers return aggregates as numbers, strings (MySQL DECIMAL) or null (SUM of nothing). */
export function toCount(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** The public `LevelReport` shape. */
export interface LevelReport {
  procedures: number;
  simplifiedProcedures: number;
  dossiers: DossierStats;
}

/** A level's figures as one subgraph passes them to another (`total`'s @requires): counts only. */
export interface LevelCounts {
  procedures: number;
  simplifiedProcedures: number;
  dossiers: DossierCounts;
}

/** Two levels' figures added up: a district's `total`. */
export function addLevels(a: LevelCounts, b: LevelCounts): LevelReport {
  return {
    procedures: a.procedures + b.procedures,
    simplifiedProcedures: a.simplifiedProcedures + b.simplifiedProcedures,
    dossiers: dossierStats(addCounts(a.dossiers, b.dossiers)),
  };
}
