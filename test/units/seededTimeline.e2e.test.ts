import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { openDatabase } from '../../subgraphs/shared/database';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';

const COUNTS = `query ($from: Date!, $to: Date!, $counting: Counting!) {
  unitCounts(from: $from, to: $to, counting: $counting) {
    counting received rows { unit { id } received { value } }
  }
}`;

/** Every month from January 2021 to November 2026, as [first day, last day]. */
function months(): [string, string][] {
  const out: [string, string][] = [];
  for (let y = 2021; y <= 2026; y++) {
    for (let m = 1; m <= 12 && !(y === 2026 && m === 12); m++) {
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const mm = String(m).padStart(2, '0');
      out.push([`${y}-${mm}-01`, `${y}-${mm}-${last}`]);
    }
  }
  return out;
}

// The seeded desks follow the map: 22 commune desks to 2024, 17 in 2025's first half, 4 after.
describe('the seeded desks through both reorganisations', () => {
  let supergraph: RunningSupergraph;
  let commune: DataSource;
  beforeAll(async () => {
    supergraph = await startSupergraph();
    commune = await openDatabase(testDatabase('commune'), communeSubgraph);
  });
  afterAll(async () => {
    await supergraph?.stop();
    await commune?.destroy();
  });

  async function count(from: string, to: string, counting: string) {
    const response = await supergraph.queryGateway(COUNTS, { from, to, counting });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.unitCounts;
  }

  async function rawCount(from: string, to: string): Promise<number> {
    const [row] = await commune.query('SELECT COUNT(*) AS n FROM dossier WHERE received_on >= ? AND received_on <= ?', [
      from,
      to,
    ]);
    return Number(row.n);
  }

  test('the area that was Gia Lâm has dossiers in every month of 2021-01..2026-11, as many as the desks received', async () => {
    const series: [string, number, number][] = [];
    for (const [from, to] of months()) {
      const answer = await count(from, to, 'AS_THEY_WERE');
      series.push([from.slice(0, 7), answer.received, await rawCount(from, to)]);
    }
    expect(series).toHaveLength(71);
    expect(series.filter(([, received]) => received === 0)).toEqual([]);
    expect(series.filter(([, received, raw]) => received !== raw)).toEqual([]);
  });

  test('2024-10-01..2025-09-30: as they were = onto today = the raw count of commune-level dossiers', async () => {
    const raw = await rawCount('2024-10-01', '2025-09-30');
    expect(raw).toBeGreaterThan(0);
    const was = await count('2024-10-01', '2025-09-30', 'AS_THEY_WERE');
    const now = await count('2024-10-01', '2025-09-30', 'ONTO_TODAY');
    expect([was.received, now.received]).toEqual([raw, raw]);
    const sum = (answer: any) => answer.rows.reduce((n: number, r: any) => n + r.received.value, 0);
    expect([sum(was), sum(now)]).toEqual([raw, raw]);
    // 22 units of 2024, the 5 merged units of 2025 (the other 12 are the same units) and the 4 new communes.
    expect(was.rows).toHaveLength(22 + 5 + 4);
    expect(
      was.rows
        .filter((r: any) => r.unit.id.endsWith('@2025-07-01'))
        .map((r: any) => r.unit.id)
        .sort(),
    ).toEqual(['00541@2025-07-01', '00562@2025-07-01', '00565@2025-07-01', '00577@2025-07-01']);
    expect(now.rows.map((r: any) => r.unit.id.split('@')[0]).sort()).toEqual([
      '00136',
      '00145',
      '00541',
      '00562',
      '00565',
      '00577',
    ]);
  });

  test('no commune desk receives outside its unit’s period: retired codes stop at 2024, the district desk at 2025-06-30', async () => {
    const [retired] = await commune.query(
      "SELECT COUNT(*) AS n FROM dossier WHERE unit_code IN ('00538','00547','00559','00574','00586') AND received_on >= '2025-01-01'",
    );
    expect(Number(retired.n)).toBe(0);
    const [after] = await commune.query(
      "SELECT COUNT(DISTINCT unit_code) AS n FROM dossier WHERE received_on >= '2025-07-01'",
    );
    expect(Number(after.n)).toBe(4);
    const district = await openDatabase(testDatabase('district'), districtSubgraph);
    try {
      const [last] = await district.query('SELECT MAX(received_on) AS d FROM dossier');
      expect(String(last.d).slice(0, 10)).toBe('2025-06-30');
    } finally {
      await district.destroy();
    }
  });
});
