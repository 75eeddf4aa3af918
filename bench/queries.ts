import { HEADLINE_QUERY } from '../test/support/headlineQuery';

export interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The one subgraph the query touches, when it touches only one: it is also sent there directly. */
  singleSubgraph?: 'district' | 'commune' | 'reform';
  /**
   * What a real answer holds. A database left half-seeded once answered the sector x month
   * table with an empty list, fast and identical on every gateway: the bench stops instead.
   */
  isReal(data: any): boolean;
}

const FIGURES =
  'handled resolved resolvedEarly resolvedOnDueDay resolvedLate inProgress denied withdrawn onTimeRate onTimeRate766 onlineShare averageProcessingDays';

/** The three queries the issue names: the headline, the by-commune breakdown, a sector x month table. */
export const BENCH_QUERIES: BenchQuery[] = [
  { name: 'headline', query: HEADLINE_QUERY, isReal: (d) => d.district.report.total.dossiers.received === 74483 },
  {
    name: 'byCommune',
    query: /* GraphQL */ `query ByCommune($code: String!, $from: Date!, $to: Date!) {
      district(code: $code) { report(from: $from, to: $to) { breakdown(by: [UNIT]) {
        communeLevel { key { unitCode } figures { ${FIGURES} } } } } } }`,
    variables: { code: '018', from: '2021-01-01', to: '2021-06-30' },
    isReal: (d) => d.district.report.breakdown.communeLevel.length === 22,
  },
  {
    name: 'sectorMonth',
    query: /* GraphQL */ `query SectorMonth($code: String!, $from: Date!, $to: Date!) {
      district(code: $code) { report(from: $from, to: $to) { breakdown(by: [SECTOR, MONTH]) {
        districtLevel { key { sector month } figures { ${FIGURES} } } } } } }`,
    variables: { code: '018', from: '2021-01-01', to: '2021-12-31' },
    singleSubgraph: 'district',
    // Every month of the year has rows.
    isReal: (d) => new Set(d.district.report.breakdown.districtLevel.map((r: any) => r.key.month)).size === 12,
  },
];
