import type { DataSource } from 'typeorm';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { seedDistrict } from '../../subgraphs/district/seed/seedDistrict';
import { openDatabase } from '../../subgraphs/shared/database';
import { vnInstant } from '../../subgraphs/shared/dates';
import type { Channel } from '../../subgraphs/desk/dossiers/dossierEntity';
import { receiveDossier, transitionDossier } from '../../subgraphs/desk/dossiers/dossierWrites';
import { rebuildRollups, recountFromDossiers } from '../../subgraphs/desk/rollups/rollupBuild';
import {
  MONTH_STOCK_TABLE,
  firstOfMonthSql,
  monthStockMismatches,
  monthStocksFromDaysSql,
} from '../../subgraphs/desk/rollups/monthStocks';
import { UNIT_DAY_TABLE, unitDayMismatches, unitDaysFromDaysSql } from '../../subgraphs/desk/rollups/unitDays';
import {
  COHORT_MONTH_TABLE,
  cohortMonthMismatches,
  cohortMonthsFromCohortsSql,
} from '../../subgraphs/desk/rollups/cohortMonths';
import { countDossiersByUnit } from '../../subgraphs/desk/statistics/levelStatistics';
import { loadStatistics } from '../../subgraphs/desk/statistics/dossierStatistics';
import type { BreakdownSpec } from '../../subgraphs/desk/statistics/figures';
import { REALISTIC_MIX } from '../../subgraphs/desk/seed/seedFates';
import { seedVariant } from '../support/seedVariant';
import { onMysql, testDatabase } from '../support/testDatabases';

const CHANNELS: Channel[] = ['IN_PERSON', 'ONLINE', 'POST'];
const SPECS: BreakdownSpec[] = [
  { by: ['UNIT'], filter: {} },
  { by: ['MONTH'], filter: { units: ['018'] } },
  { by: ['SECTOR', 'MONTH'], filter: {} },
  { by: ['PROCEDURE', 'CHANNEL'], filter: { channels: ['ONLINE', 'POST'] } },
];
/**
 * Windows starting on a month's first day, early in a month, late in a month (the statement's
 * three ways to bucket 0); for the level counts, whole months only, whole months with days on
 * either side or both, and days inside one month.
 */
const WINDOWS = [
  ['2021-05-01', '2021-05-31'],
  ['2021-04-01', '2021-09-30'],
  ['2021-04-10', '2021-09-30'],
  ['2021-05-01', '2021-08-31'],
  ['2021-06-05', '2021-06-25'],
  ['2021-06-30', '2021-07-01'],
  ['2021-05-01', '2021-07-01'],
  ['2021-04-30', '2021-08-31'],
  ['2021-05-03', '2021-06-20'],
  ['2021-06-27', '2021-07-10'],
  ['2021-07-15', '2021-08-15'],
  ['2021-08-30', '2021-12-31'],
  ['2022-02-01', '2022-03-03'],
];

/**
 * The month rows of the stocks (monthStocks.ts) and of the cohorts (cohortMonths.ts) and the unit
 * rows (unitDays.ts) under every way they are written: the seed's bulk
 * build, desk writes in the write's transaction (new dossiers, transitions, and backdated
 * receipts, which move every later month), a rebuild from raw rows, and the migration's
 * set-based build from the day rollup. After each, the rows equal what the day rollup calls for,
 * and every statistic equals the one computed after a from-scratch rebuild.
 */
describe('month rows of the stocks and cohorts, unit rows of the day rollup', () => {
  let ds: DataSource;
  let procedures: string[];

  beforeAll(async () => {
    const db = testDatabase('district', 'monthstocks');
    await seedVariant(db, districtSubgraph, (d) =>
      seedDistrict(d, { periods: [{ from: '2021-06-01', to: '2021-06-30', received: 300, mix: REALISTIC_MIX }] }),
    );
    ds = await openDatabase(db, districtSubgraph);
    procedures = (
      await ds.query(
        "SELECT code FROM admin_procedure WHERE effective_from <= '2021-04-01' AND (effective_to IS NULL OR effective_to >= '2021-12-31') ORDER BY code",
      )
    ).map((r: { code: string }) => r.code);
  });
  afterAll(() => ds?.destroy());

  const mismatches = async () => {
    const days = await recountFromDossiers(ds, ['018']);
    return [
      ...(await monthStockMismatches(ds, ['018'], days)),
      ...(await unitDayMismatches(ds, ['018'], days)),
      ...(await cohortMonthMismatches(ds, ['018'], days)),
    ];
  };
  const statistics = async () => {
    const out = [];
    for (const [from, to] of WINDOWS) {
      for (const spec of SPECS) out.push(await loadStatistics(ds, 'DISTRICT', ['018'], { from, to }, spec));
      out.push([...(await countDossiersByUnit(ds, ['018'], { from, to }))]);
    }
    return JSON.stringify(out);
  };
  /** The level counts summed from the cohort rollup alone, every receipt day: what the month rows must not change. */
  const cohortCounts = async (from: string, to: string) => {
    const [row] = await ds.query(
      `SELECT SUM(n) AS received, SUM(CASE WHEN resolved_on <= ? THEN n ELSE 0 END) AS resolved,
         SUM(CASE WHEN resolved_on <= ? AND on_time = 1 THEN n ELSE 0 END) AS resolvedOnTime
       FROM dossier_cohort_rollup WHERE unit_code = '018' AND received_on >= ? AND received_on <= ?`,
      [to, to, from, to],
    );
    return Number(row.received) ? [Number(row.received), Number(row.resolved), Number(row.resolvedOnTime)] : undefined;
  };
  const levelCountsAgree = async () => {
    for (const [from, to] of WINDOWS) {
      const counts = (await countDossiersByUnit(ds, ['018'], { from, to })).get('018');
      const found = counts && [counts.received, counts.resolved, counts.resolvedOnTime];
      expect({ from, to, counts: found }).toEqual({ from, to, counts: await cohortCounts(from, to) });
    }
  };

  test('the seed builds them', async () => {
    for (const table of [MONTH_STOCK_TABLE, UNIT_DAY_TABLE, COHORT_MONTH_TABLE]) {
      const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
      expect({ table, rows: Number(n) > 0 }).toEqual({ table, rows: true });
    }
    expect(await mismatches()).toEqual([]);
    await levelCountsAgree();
  });

  test('desk writes, backdated ones included, keep them equal to a rebuild from raw rows', async () => {
    const open: string[] = [];
    for (let i = 0; i < 40; i++) {
      // Every third receipt backdated to April or May, before the seeded month.
      const month = i % 3 === 0 ? `2021-0${4 + (i % 2)}` : '2021-07';
      const saved = await receiveDossier(ds, {
        unitCode: '018',
        procedureCode: procedures[(i * 7) % procedures.length],
        channel: CHANNELS[i % 3],
        receivedAt: vnInstant(`${month}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`, 600),
      });
      open.push(saved.code);
    }
    for (const [i, code] of open.entries()) {
      if (i % 4 === 3) continue;
      await transitionDossier(ds, code, {
        status: i % 5 === 0 ? 'AWAITING_SUPPLEMENT' : 'IN_PROGRESS',
        at: vnInstant('2021-08-02', 600 + i),
      });
      if (i % 5 !== 0 && i % 2 === 0)
        await transitionDossier(ds, code, {
          status: i % 6 === 0 ? 'DENIED' : 'RESOLVED',
          at: vnInstant('2021-09-20', 600 + i),
        });
    }
    expect(await mismatches()).toEqual([]);
    await levelCountsAgree();
    const incremental = await statistics();
    await ds.transaction((manager) => rebuildRollups(manager, ['018']));
    expect(await mismatches()).toEqual([]);
    expect(await statistics()).toEqual(incremental);
  });

  test("the migration's set-based build from the day rollup gives the same rows", async () => {
    const before = await statistics();
    await ds.query(`DELETE FROM ${MONTH_STOCK_TABLE}`);
    await ds.query(`DELETE FROM ${UNIT_DAY_TABLE}`);
    await ds.query(`DELETE FROM ${COHORT_MONTH_TABLE}`);
    await ds.query(monthStocksFromDaysSql(firstOfMonthSql(!onMysql())));
    await ds.query(unitDaysFromDaysSql());
    await ds.query(cohortMonthsFromCohortsSql(firstOfMonthSql(!onMysql())));
    expect(await mismatches()).toEqual([]);
    expect(await statistics()).toEqual(before);
  });
});
