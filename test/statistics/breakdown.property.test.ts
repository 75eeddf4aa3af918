import fc from 'fast-check';
import { addDays } from '../../subgraphs/shared/dates';
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
const STOCKS = ['carriedOver', 'inProgressWithinDeadline', 'inProgressOverdue'];
const FIGS = `figures { ${COUNTS.join(' ')} handled resolved inProgress }`;
const ROWS = `key { unitCode level sector procedureCode channel month } ${FIGS}`;
const LEVELS = `districtLevel { ${ROWS} } communeLevel { ${ROWS} } total { ${ROWS} }`;

const sum = (rows: any[], field: string) => rows.reduce((s, r) => s + r.figures[field], 0);

/** Random windows over the seeded data (with its mixed second half of 2021), random dimensions and filters. */
describe('breakdown invariants over random windows and filters', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph.stop());

  test('breakdowns sum to their totals, levels sum to total, early + on due day + late = resolved', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 420 }),
        fc.integer({ min: 0, max: 90 }),
        // Up to three dimensions: `total` receives every commune row through the gateway's
        // @requires, so UNIT x SECTOR x CHANNEL sends the district subgraph a large body.
        fc.subarray(['UNIT', 'SECTOR', 'CHANNEL', 'MONTH', 'LEVEL'], { maxLength: 3 }),
        fc.option(fc.subarray(['ONLINE', 'IN_PERSON', 'POST'], { minLength: 1 })),
        async (start, length, by, channels) => {
          const from = addDays('2020-11-20', start);
          const to = addDays(from, length);
          const filter = channels ? `, filter: { channels: [${channels.join(', ')}] }` : '';
          supergraph.resetCounters();
          const response =
            await supergraph.queryGateway(`{ district(code: "018") { report(from: "${from}", to: "${to}") {
            whole: breakdown(by: []${filter}) { ${LEVELS} } split: breakdown(by: [${by.join(', ')}]${filter}) { ${LEVELS} } } } }`);
          expect(response.body.errors).toBeUndefined();
          const { whole, split } = response.body.data.district.report;
          // Bounded cost, whatever the number of rows, units, sectors or months: district: its row,
          // the rollup counters and one statement per breakdown in the first fetch, the counters
          // again in each `total` fetch (the breakdowns are remembered); commune: the unit list
          // with its counters and the breakdowns (a fixed handful, never one per row).
          expect(supergraph.statements().district).toBeLessThanOrEqual(6);
          expect(supergraph.statements().commune).toBeLessThanOrEqual(6);
          for (const level of ['districtLevel', 'communeLevel', 'total']) {
            const total = whole[level][0]?.figures;
            const rows = split[level];
            for (const r of [...whole[level], ...rows]) {
              const f = r.figures;
              expect(f.resolvedEarly + f.resolvedOnDueDay + f.resolvedLate).toBe(f.resolved);
              expect(f.receivedNew + f.carriedOver).toBe(f.handled);
              expect(f.resolved + f.denied + f.withdrawn + f.inProgress).toBe(f.handled);
              expect(f.receivedOnline + f.receivedInPerson + f.receivedByPost).toBe(f.receivedNew);
            }
            if (!total) {
              expect(rows).toEqual([]);
              continue;
            }
            for (const field of COUNTS) {
              if (by.includes('MONTH') && STOCKS.includes(field)) continue;
              expect(sum(rows, field)).toBe(total[field]);
            }
            if (by.includes('MONTH') && by.length === 1) {
              // Stocks: the first month starts with the window's carried-over, the last ends with its open ones.
              expect(rows[0].figures.carriedOver).toBe(total.carriedOver);
              expect(rows[rows.length - 1].figures.inProgressOverdue).toBe(total.inProgressOverdue);
            }
          }
          for (const field of COUNTS) {
            expect(sum(split.total, field)).toBe(sum(split.districtLevel, field) + sum(split.communeLevel, field));
          }
        },
      ),
      { numRuns: 12, seed: 766 },
    );
  });
});
