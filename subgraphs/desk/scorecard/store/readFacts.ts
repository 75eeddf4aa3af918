import { addDays, type DateWindow } from '../../../shared/dates';
import { COUNTED_FACTS, factSql, sourceFrom, type CountedFact, type CountedFacts, type FactSource } from './factSql';

export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any[]>;
}

/** The units a scorecard pools: a SQL list or subquery with its parameters (one unit, or a district's communes). */
export interface UnitScope {
  sql: string;
  parameters: unknown[];
}

// A dossier due or resolved in a window was received at most this long before it: bounds the
// rows a scorecard reads to the unit's receipt-day index.
const LOOKBACK_DAYS = 366;

/** Restricts the dossier source to receipts that can count in the windows. */
export function receiptBound(windows: readonly DateWindow[]): string {
  const from = windows.map((w) => w.from).sort()[0];
  const to = windows.map((w) => w.to).sort()[windows.length - 1];
  return ` AND d.received_on BETWEEN '${addDays(from, -LOOKBACK_DAYS)}' AND '${to}'`;
}

const SOURCES: FactSource[] = ['dossier', 'procedure', 'feedback'];

/**
 * The facts of the units in `scope` for each window, in one statement per source (three in
 * all, whatever the number of units, dossiers or windows): each fact of each window is a
 * column summed over the source's rows.
 */
export async function readFacts(
  db: Queryable,
  scope: UnitScope,
  windows: readonly DateWindow[],
): Promise<CountedFacts[]> {
  const results = windows.map(() => Object.fromEntries(COUNTED_FACTS.map((n) => [n, 0])) as CountedFacts);
  const perWindow = windows.map((w) => factSql(w));
  for (const source of SOURCES) {
    const columns: string[] = [];
    const targets: [number, CountedFact][] = [];
    perWindow.forEach((facts, index) => {
      for (const name of COUNTED_FACTS) {
        const fact = facts[name];
        if (fact.source !== source) continue;
        columns.push(
          fact.distinct
            ? `COUNT(DISTINCT CASE WHEN ${fact.expression} = 1 THEN d.procedure_code END) AS c${columns.length}`
            : `SUM(${fact.expression}) AS c${columns.length}`,
        );
        targets.push([index, name]);
      }
    });
    const bound = source === 'dossier' ? receiptBound(windows) : '';
    const parameters = source === 'procedure' ? [] : scope.parameters;
    const [row] = await db.query(
      `SELECT ${columns.join(', ')} FROM ${sourceFrom(source, scope.sql)}${bound}`,
      parameters,
    );
    targets.forEach(([index, name], column) => (results[index][name] = Number(row?.[`c${column}`] ?? 0)));
  }
  return results;
}
