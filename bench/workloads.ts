import { BENCH_QUERIES } from './queries';
import { seededRandom, shuffled, zipfSampler } from './zipf';

/** A load the bench runs on every gateway, named after what it measures. */
export interface Workload {
  name: string;
  measures: string;
  /** The subgraphs' answer memo for this workload. */
  memo: 'on' | 'off';
  bodies: string[];
  /** The order of bodies for the n-th measured run (each run its own stretch of the sequence). */
  orderFor(run: number): number[];
  /** Desk events written beside the reads, per second. */
  writesPerSecond: number;
  /** What a real answer's data holds (a half-seeded database answers fast and wrong). */
  isReal?(data: any): boolean;
}

const FIGURES = 'handled resolved resolvedLate inProgress onTimeRate onlineShare averageProcessingDays';
const BREAKDOWN_QUERY = /* GraphQL */ `query Fleet($code: String!, $from: Date!, $to: Date!, $by: [StatsDimension!]!, $units: [String!]) {
  district(code: $code) { report(from: $from, to: $to) { breakdown(by: $by, filter: { units: $units }) {
    districtLevel { key { unitCode sector channel month } figures { ${FIGURES} } }
    communeLevel { key { unitCode sector channel month } figures { ${FIGURES} } } } } } }`;

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const iso = (day: Date) => day.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

/** One body over and over: today's figure, the gateway's overhead on one hot answer. */
export function hotWorkload(queryName: string): Workload {
  const q = BENCH_QUERIES.find((x) => x.name === queryName);
  if (!q) throw new Error(`no bench query ${queryName}`);
  return {
    name: `hot ${queryName}`,
    measures: `one body (${queryName}) repeated: after the first, every statistic is a memo hit and identical reads in flight share a fetch`,
    memo: 'on',
    bodies: [body(q.query, q.variables)],
    orderFor: () => [0],
    writesPerSecond: 0,
    isReal: q.isReal,
  };
}

/** 2021's windows a dashboard offers: each month, quarter, half, the year, and 4-week stretches. */
function fleetWindows(): [string, string][] {
  const windows: [string, string][] = [];
  for (let m = 0; m < 12; m++)
    windows.push([iso(new Date(Date.UTC(2021, m, 1))), iso(new Date(Date.UTC(2021, m + 1, 0)))]);
  for (let q = 0; q < 4; q++)
    windows.push([iso(new Date(Date.UTC(2021, q * 3, 1))), iso(new Date(Date.UTC(2021, q * 3 + 3, 0)))]);
  windows.push(['2021-01-01', '2021-06-30'], ['2021-07-01', '2021-12-31'], ['2021-01-01', '2021-12-31']);
  for (let w = 0; w < 49; w++) windows.push([addDays('2021-01-04', w * 7), addDays('2021-01-04', w * 7 + 27)]);
  return windows;
}

/** Units × windows × breakdowns, most asked rarely, a few often (Zipf, s = 1), with desks writing. */
export function fleetWorkload(communeCodes: string[], writesPerSecond: number, seed = 17): Workload {
  const units: (string[] | null)[] = [null, ['018'], ...communeCodes.map((code) => [code])];
  const breakdowns = [[], ['UNIT'], ['SECTOR'], ['CHANNEL'], ['MONTH']];
  const space: string[] = [];
  for (const unit of units)
    for (const [from, to] of fleetWindows())
      for (const by of breakdowns) space.push(body(BREAKDOWN_QUERY, { code: '018', from, to, by, units: unit }));
  const random = seededRandom(seed);
  const bodies = shuffled(space, random);
  const draw = zipfSampler(bodies.length, 1, random);
  const sequence = Array.from({ length: 200_000 }, draw);
  const stretch = 5_000;
  return {
    name: 'dashboard fleet',
    measures: `${bodies.length} (unit, window, breakdown) requests drawn Zipf s=1 (a few hot, most rare), desks writing ${writesPerSecond} events/s`,
    memo: 'on',
    bodies,
    orderFor: (run) => sequence.slice((run * stretch) % sequence.length, ((run * stretch) % sequence.length) + stretch),
    writesPerSecond,
    isReal: (data) => Boolean(data.district.report.breakdown),
  };
}

/** Every request a by-commune breakdown over a window no other request asks, memo off: nothing shareable. */
export function coldWorkload(count = 4_000): Workload {
  const q = BENCH_QUERIES.find((x) => x.name === 'byCommune')!;
  const bodies: string[] = [];
  for (let length = 28; bodies.length < count; length++)
    for (let start = 0; start < 365 && bodies.length < count; start += 1) {
      const from = addDays('2021-01-01', start);
      bodies.push(body(q.query, { code: '018', from, to: addDays(from, length) }));
    }
  // Shuffled, so that each run's stretch mixes early and late windows (a late one costs more:
  // the stocks need the history up to its end).
  const mixed = shuffled(bodies, seededRandom(29));
  const stretch = 1_000;
  return {
    name: 'cold',
    measures: `by-commune breakdown, every request another window (${count}), subgraphs' memo off, nothing shared`,
    memo: 'off',
    bodies: mixed,
    orderFor: (run) => Array.from({ length: stretch }, (_, i) => (run * stretch + i) % count),
    writesPerSecond: 0,
    isReal: (data) => data.district.report.breakdown.communeLevel.length > 0,
  };
}
