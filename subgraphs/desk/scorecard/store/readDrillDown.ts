import { BadUserInputError } from '../../../shared/errors';
import { findMetric, type MetricDefinition } from '../definitions';
import { drillDown, type DrillItem, type ProcedureShortfall } from '../drillDown';
import type { FactName, UnitFacts } from '../facts';
import { scorecardVersion } from '../versions';
import { factSql, sourceFrom, type FactSql } from './factSql';
import { receiptBound, type Queryable } from './readFacts';
import type { ScorecardView } from './scorecardView';

export interface DrillDownView {
  metric: string;
  points: number;
  maximum: number;
  pointsLost: number;
  procedures: (Omit<ProcedureShortfall, 'dossiers'> & { dossiers: string[] | null })[];
}

const factsOf = (metric: MetricDefinition): FactName[] => [
  ...metric.numerator.plus,
  ...(metric.numerator.minus ?? []),
  metric.denominator,
];

/** Per procedure, the metric's facts from one source: one statement grouped by procedure. */
async function perProcedure(
  db: Queryable,
  view: ScorecardView,
  names: FactName[],
  sql: Record<string, FactSql>,
  source: 'dossier' | 'procedure',
): Promise<Map<string, Partial<UnitFacts>>> {
  const own = names.filter((n) => sql[n].source === source);
  const rows = new Map<string, Partial<UnitFacts>>();
  if (own.length === 0) return rows;
  const key = source === 'dossier' ? 'd.procedure_code' : 'p.code';
  const columns = own.map((n, i) => `${sql[n].distinct ? 'MAX' : 'SUM'}(${sql[n].expression}) AS c${i}`);
  const bound = source === 'dossier' ? receiptBound([view.periodWindow]) : '';
  const result = await db.query(
    `SELECT ${key} AS procedure_code, ${columns.join(', ')} FROM ${sourceFrom(source, view.scope!.sql)}${bound} GROUP BY ${key}`,
    source === 'dossier' ? view.scope!.parameters : [],
  );
  for (const row of result)
    rows.set(row.procedure_code, Object.fromEntries(own.map((n, i) => [n, Number(row[`c${i}`])])));
  return rows;
}

/** Dossiers that fell short of the metric, when it is counted from dossiers alone. */
async function shortDossiers(
  db: Queryable,
  view: ScorecardView,
  metric: MetricDefinition,
  sql: Record<string, FactSql>,
  limit: number,
) {
  const names = factsOf(metric);
  if (limit === 0 || names.some((n) => sql[n].source !== 'dossier' || sql[n].distinct)) return null;
  const sum = (list: readonly FactName[] = []) => list.map((n) => sql[n].expression).join(' + ') || '0';
  const shortfall = `${sql[metric.denominator].expression} - (${sum(metric.numerator.plus)}) + (${sum(metric.numerator.minus)})`;
  const rows = await db.query(
    `SELECT d.procedure_code AS procedure_code, d.code AS code FROM ${sourceFrom('dossier', view.scope!.sql)}${receiptBound([view.periodWindow])}
      AND ${shortfall} > 0 ORDER BY d.code LIMIT ${limit * 20}`,
    view.scope!.parameters,
  );
  const codes = new Map<string, string[]>();
  for (const row of rows)
    codes.set(row.procedure_code, [...(codes.get(row.procedure_code) ?? []), row.code].slice(0, limit));
  return codes;
}

/**
 * The procedures (and, with `dossierLimit` > 0, up to that many dossiers of each) that cost a
 * metric its points in the view's period: at most three statements, whatever the units.
 */
export async function readDrillDown(
  db: Queryable,
  view: ScorecardView,
  metricCode: string,
  dossierLimit: number,
): Promise<DrillDownView> {
  const version = scorecardVersion(view.version);
  const metric = findMetric(version, metricCode);
  if (!metric) throw new BadUserInputError(`no metric ${metricCode} in version ${version.id}`, 'metric');
  const sql = factSql(view.periodWindow);
  const names = factsOf(metric);
  if (names.some((n) => sql[n].source === 'feedback'))
    throw new BadUserInputError(`metric ${metricCode} is counted from citizen feedback, not by procedure`, 'metric');
  const [fromDossiers, fromProcedures] = [
    await perProcedure(db, view, names, sql, 'dossier'),
    await perProcedure(db, view, names, sql, 'procedure'),
  ];
  const codes = [...new Set([...fromDossiers.keys(), ...fromProcedures.keys()])].sort();
  const items: DrillItem[] = codes.map((code) => ({
    procedureCode: code,
    facts: { ...fromDossiers.get(code), ...fromProcedures.get(code) },
  }));
  const result = drillDown(version, metricCode, items);
  const dossiers = await shortDossiers(db, view, metric, sql, dossierLimit);
  return {
    metric: result.metric,
    points: result.points,
    maximum: result.maximum,
    pointsLost: result.pointsLost,
    procedures: result.procedures.map((p) => ({
      ...p,
      dossiers: dossiers ? (dossiers.get(p.procedureCode) ?? []) : null,
    })),
  };
}
