import fc from 'fast-check';
import { addDays } from '../subgraphs/shared/dates';
import { startSupergraph, type RunningSupergraph } from './support/startSupergraph';

const FIRST = '2020-11-25'; // a little before the seeded data, so empty edges are tried too
const DAYS = 230;

const COUNTS = 'received resolved resolvedOnTime inProgress onTimeRate';
const LEVEL = `procedures simplifiedProcedures dossiers { ${COUNTS} }`;
const REPORT = `districtLevel { ${LEVEL} } communeLevel { ${LEVEL} } total { ${LEVEL} } byCommune { commune { code } dossiers { ${COUNTS} } }`;

/** Random windows split in two adjacent parts, asked through the gateway in one request. */
describe('report invariants over random windows', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph.stop());

  const sum = (a: any, b: any) => ({
    received: a.received + b.received,
    resolved: a.resolved + b.resolved,
    resolvedOnTime: a.resolvedOnTime + b.resolvedOnTime,
  });
  const counts = (s: any) => ({ received: s.received, resolved: s.resolved, resolvedOnTime: s.resolvedOnTime });

  function checkReport(report: any) {
    const levels = [report.districtLevel, report.communeLevel, report.total, ...report.byCommune];
    for (const level of levels) {
      const d = level.dossiers;
      expect(d.resolvedOnTime).toBeLessThanOrEqual(d.resolved);
      expect(d.resolved).toBeLessThanOrEqual(d.received);
      expect(d.inProgress).toBe(d.received - d.resolved);
      expect(d.onTimeRate).toBe(d.resolved === 0 ? null : Math.round((d.resolvedOnTime * 10000) / d.resolved) / 100);
    }
    expect(counts(report.total.dossiers)).toEqual(sum(report.districtLevel.dossiers, report.communeLevel.dossiers));
    expect(report.total.procedures).toBe(report.districtLevel.procedures + report.communeLevel.procedures);
    expect(report.total.simplifiedProcedures).toBe(
      report.districtLevel.simplifiedProcedures + report.communeLevel.simplifiedProcedures,
    );
    const communes = report.byCommune.reduce((s: any, r: any) => sum(s, r.dossiers), {
      received: 0,
      resolved: 0,
      resolvedOnTime: 0,
    });
    expect(communes).toEqual(counts(report.communeLevel.dossiers));
  }

  test('totals add up, rows sum to levels, and adjacent windows add up to their union', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: DAYS - 2 }),
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (start, length, splitAt) => {
          const from = addDays(FIRST, start);
          const to = addDays(from, length);
          const mid = addDays(from, Math.min(length - 1, Math.floor(splitAt * length)));
          const response = await supergraph.queryGateway(`{ district(code: "018") {
            whole: report(from: "${from}", to: "${to}") { ${REPORT} }
            left: report(from: "${from}", to: "${mid}") { ${REPORT} }
            right: report(from: "${addDays(mid, 1)}", to: "${to}") { ${REPORT} } } }`);
          expect(response.body.errors).toBeUndefined();
          const { whole, left, right } = response.body.data.district;
          for (const report of [whole, left, right]) checkReport(report);
          // Received is additive over adjacent windows, at every level and for every unit.
          for (const level of ['districtLevel', 'communeLevel', 'total']) {
            expect(left[level].dossiers.received + right[level].dossiers.received).toBe(whole[level].dossiers.received);
          }
          whole.byCommune.forEach((row: any, i: number) => {
            expect(left.byCommune[i].dossiers.received + right.byCommune[i].dossiers.received).toBe(
              row.dossiers.received,
            );
          });
        },
      ),
      { numRuns: 25, seed: 2021 },
    );
  });
});
