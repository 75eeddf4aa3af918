import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';

const COUNTS = [
  'receivedNew',
  'carriedOver',
  'receivedOnline',
  'receivedInPerson',
  'receivedByPost',
  'resolvedEarly',
  'resolvedOnDueDay',
  'resolvedLate',
  'inProgressWithinDeadline',
  'inProgressOverdue',
  'denied',
  'withdrawn',
  'resolvedWorkingDays',
];
const ROWS = `key { unitCode level sector procedureCode channel month } figures { ${COUNTS.join(' ')} }`;
const LEVELS = ['districtLevel', 'communeLevel'];

/** The twelve months of 2021, as whole windows. */
const MONTHS_2021 = Array.from({ length: 12 }, (_, m) => {
  const month = `2021-${String(m + 1).padStart(2, '0')}`;
  return { month, from: `${month}-01`, to: `${month}-${new Date(Date.UTC(2021, m + 1, 0)).getUTCDate()}` };
});

const sum = (rows: any[], field: string) => rows.reduce((s, r) => s + r.figures[field], 0);
const groupOf = (r: any) => `${r.key.unitCode}|${r.key.sector}`;

/**
 * A year by month is read in one pass over the rollup, the stocks added up bucket after bucket
 * (statisticsBuckets.ts); a month asked for alone gets every earlier day in one bucket. A running
 * sum that skips a bucket, or starts without the days before the window, shows up as stocks that
 * differ from the month's own, do not chain from one month to the next, or do not balance the flows.
 */
describe('a year by month: stocks carried from month to month', () => {
  let supergraph: RunningSupergraph;
  let year: Record<string, any[]>;
  beforeAll(async () => {
    supergraph = await startSupergraph();
    year = await breakdown('2021-01-01', '2021-12-31', 'UNIT, SECTOR, MONTH');
  });
  afterAll(() => supergraph?.stop());

  async function breakdown(from: string, to: string, by: string) {
    const response = await supergraph.queryGateway(`{ district(code: "018") { report(from: "${from}", to: "${to}") {
      breakdown(by: [${by}]) { districtLevel { ${ROWS} } communeLevel { ${ROWS} } } } } }`);
    expect(response.body.errors).toBeUndefined();
    return response.body.data.district.report.breakdown;
  }

  const rowsOf = (level: string, month: string) => year[level].filter((r: any) => r.key.month === month);

  test('each month of 2021 by unit and sector, asked for alone, has the rows of 2021 by unit, sector and month', async () => {
    for (const { month, from, to } of MONTHS_2021) {
      const alone = await breakdown(from, to, 'UNIT, SECTOR');
      for (const level of LEVELS) {
        const rows = rowsOf(level, month).map((r: any) => ({ ...r, key: { ...r.key, month: null } }));
        expect(rows.length).toBeGreaterThan(0);
        expect({ month, level, rows }).toEqual({ month, level, rows: alone[level] });
      }
    }
  });

  test('what is open at the end of a month is what the next month carries over, and the stocks balance the flows', () => {
    for (const level of LEVELS) {
      // Not vacuous: the seeded data starts in December 2020, so dossiers are carried into January.
      expect(sum(rowsOf(level, '2021-01'), 'carriedOver')).toBeGreaterThan(0);
      expect(sum(year[level], 'inProgressOverdue')).toBeGreaterThan(0);
      for (const r of year[level]) {
        const f = r.figures;
        const closed = f.resolvedEarly + f.resolvedOnDueDay + f.resolvedLate + f.denied + f.withdrawn;
        expect({ key: r.key, open: f.receivedNew + f.carriedOver - closed }).toEqual({
          key: r.key,
          open: f.inProgressWithinDeadline + f.inProgressOverdue,
        });
      }
      for (let m = 0; m + 1 < MONTHS_2021.length; m++) {
        const openAtEnd = new Map(
          rowsOf(level, MONTHS_2021[m].month).map((r: any) => [
            groupOf(r),
            r.figures.inProgressWithinDeadline + r.figures.inProgressOverdue,
          ]),
        );
        const carried = new Map(
          rowsOf(level, MONTHS_2021[m + 1].month).map((r: any) => [groupOf(r), r.figures.carriedOver]),
        );
        for (const group of new Set([...openAtEnd.keys(), ...carried.keys()])) {
          expect({ month: MONTHS_2021[m].month, group, open: openAtEnd.get(group) ?? 0 }).toEqual({
            month: MONTHS_2021[m].month,
            group,
            open: carried.get(group) ?? 0,
          });
        }
      }
    }
  });
});
