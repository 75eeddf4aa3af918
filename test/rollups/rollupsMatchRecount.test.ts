import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { seedDistrict } from '../../subgraphs/district/seed/seedDistrict';
import { openDatabase } from '../../subgraphs/shared/database';
import { vnInstant } from '../../subgraphs/shared/dates';
import type { Channel } from '../../subgraphs/desk/dossiers/dossierEntity';
import { NEXT_STATUSES, type DossierStatus } from '../../subgraphs/desk/dossiers/dossierLifecycle';
import { receiveDossier, transitionDossier } from '../../subgraphs/desk/dossiers/dossierWrites';
import { diffRollups, readRollups, recountFromDossiers } from '../../subgraphs/desk/rollups/rollupBuild';
import { REALISTIC_MIX } from '../../subgraphs/desk/seed/seedFates';
import { seedVariant } from '../support/seedVariant';
import { testDatabase } from '../support/testDatabases';

const CHANNELS: Channel[] = ['IN_PERSON', 'ONLINE', 'POST'];
const HOUR = 3_600_000;

/** Rollups are what statistics read: after any series of writes they equal a recount of the raw rows. */
describe('statistic rollups', () => {
  let ds: DataSource;
  let procedures: string[];
  const open = new Map<string, { status: DossierStatus; lastAt: number }>();

  beforeAll(async () => {
    const db = testDatabase('district', 'rollups');
    await seedVariant(db, districtSubgraph, (d) =>
      seedDistrict(d, { periods: [{ from: '2021-06-01', to: '2021-06-30', received: 300, mix: REALISTIC_MIX }] }),
    );
    ds = await openDatabase(db, districtSubgraph);
    procedures = (
      await ds.query(
        "SELECT code FROM admin_procedure WHERE effective_from <= '2021-06-01' AND (effective_to IS NULL OR effective_to >= '2021-12-31') ORDER BY code",
      )
    ).map((r: { code: string }) => r.code);
  });
  afterAll(() => ds?.destroy());

  const mismatches = async () => diffRollups(await recountFromDossiers(ds, ['018']), await readRollups(ds, ['018']));

  test('the seed builds them in the same transaction as the bulk insert', async () => {
    expect((await readRollups(ds, ['018'])).cohort.size).toBeGreaterThan(0);
    expect(await mismatches()).toEqual([]);
  });

  test('a random series of receipts and transitions keeps them equal to a raw recount', async () => {
    const write = fc.record({
      receive: fc.boolean(),
      pick: fc.nat(),
      day: fc.integer({ min: 0, max: 60 }),
      minutes: fc.integer({ min: 0, max: 1439 }),
      hours: fc.integer({ min: 1, max: 300 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 5, maxLength: 25 }), async (writes) => {
        for (const w of writes) {
          const candidates = [...open.entries()].filter(([, s]) => NEXT_STATUSES[s.status].length > 0);
          if (w.receive || candidates.length === 0) {
            const receivedAt = vnInstant(`2021-07-${String(1 + (w.day % 31)).padStart(2, '0')}`, w.minutes);
            const saved = await receiveDossier(ds, {
              unitCode: '018',
              procedureCode: procedures[w.pick % procedures.length],
              channel: CHANNELS[w.pick % 3],
              receivedAt,
            });
            open.set(saved.code, { status: 'RECEIVED', lastAt: receivedAt.getTime() });
          } else {
            const [code, state] = candidates[w.pick % candidates.length];
            const next = NEXT_STATUSES[state.status][w.day % NEXT_STATUSES[state.status].length];
            const at = state.lastAt + w.hours * HOUR;
            await transitionDossier(ds, code, { status: next, at: new Date(at) });
            open.set(code, { status: next, lastAt: at });
          }
        }
        expect(await mismatches()).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });
});
