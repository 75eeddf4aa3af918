import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../../subgraphs/shared/dates';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';

const COUNTS =
  'receivedNew carriedOver receivedOnline receivedInPerson receivedByPost resolvedEarly resolvedOnDueDay resolvedLate inProgressWithinDeadline inProgressOverdue denied withdrawn resolvedWorkingDays';
const ROWS = `key { unitCode level sector procedureCode channel month } figures { ${COUNTS} handled resolved onTimeRate onTimeRate766 averageProcessingDays }`;
const LEVELS = `districtLevel { ${ROWS} } communeLevel { ${ROWS} } total { ${ROWS} }`;

const BREAKDOWNS = [
  'UNIT',
  'MONTH',
  'SECTOR',
  'CHANNEL',
  'UNIT, MONTH',
  'UNIT, SECTOR',
  'SECTOR, MONTH',
  'UNIT, CHANNEL',
  'LEVEL, CHANNEL, MONTH',
  '',
];
const FILTERS = ['', ', filter: { channels: [ONLINE] }', ', filter: { channels: [IN_PERSON, POST] }'];

/**
 * 130 windows: early ones (the data starts in December 2020) and late ones (up to 2026, after
 * the communes merged), short and long, inside a month and across months and years, each with
 * a breakdown and sometimes a filter, so every bucket of the statistics statement is exercised.
 */
function windows(): { label: string; query: string }[] {
  const out: { label: string; query: string }[] = [];
  for (let i = 0; i < 130; i++) {
    // A spread of starts over six years, deterministic and not aligned to months.
    const from = addDays('2020-11-20', (i * 211) % 2200);
    const to = addDays(from, [0, 6, 27, 30, 45, 95, 180, 400][i % 8]);
    const by = BREAKDOWNS[i % BREAKDOWNS.length];
    const filter = i % 4 === 3 ? FILTERS[(i >> 2) % FILTERS.length] : '';
    out.push({
      label: `${from}..${to} by [${by}]${filter}`,
      query: `{ district(code: "018") { report(from: "${from}", to: "${to}") { breakdown(by: [${by}]${filter}) { ${LEVELS} } } } }`,
    });
  }
  return out;
}

const GOLDEN = path.join(__dirname, 'answersUnchanged.golden.json');

/**
 * The statistics answers of 130 windows, compared by digest with those recorded before the cold
 * statistics path changed (snapshots of the stocks): any figure that moves, anywhere, fails here.
 * Run with RECORD_GOLDEN=1 to record them again (only on code whose answers are known right).
 */
describe('statistics answers are byte-identical to the recorded ones', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph?.stop());

  test('130 windows, breakdowns and filters', async () => {
    const digests: Record<string, string> = {};
    let rows = 0;
    for (const { label, query } of windows()) {
      const response = await supergraph.queryGateway(query);
      expect({ label, errors: response.body.errors }).toEqual({ label, errors: undefined });
      const text = JSON.stringify(response.body.data);
      rows += (text.match(/"key"/g) ?? []).length;
      digests[label] = createHash('sha256').update(text).digest('hex').slice(0, 24);
    }
    expect(rows).toBeGreaterThan(5000);
    if (process.env.RECORD_GOLDEN || !existsSync(GOLDEN))
      writeFileSync(GOLDEN, JSON.stringify(digests, null, 1) + '\n');
    expect(digests).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  }, 600_000);
});
