import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { seedCommune } from '../../subgraphs/commune/seed/seedCommune';
import { importScorecardFacts } from '../../subgraphs/desk/scorecard/store/importScorecardFacts';
import { readScorecardFactFile } from '../../subgraphs/desk/scorecard/store/readScorecardFactFile';
import { openDatabase } from '../../subgraphs/shared/database';
import { countRows } from '../support/countRows';
import { seedVariant } from '../support/seedVariant';
import { testDatabase } from '../support/testDatabases';

const HEADER = 'eventId,kind,at,dossierCode,fee,paidOnline,verdict,feedbackId,classification';
/** Good and bad rows mixed; DOSSIER is replaced by a dossier Bát Tràng received that week. */
const MIXED = (dossier: string) =>
  [
    HEADER, //                                                                     1
    `f-1,DOSSIER,2021-07-06T08:00:00+07:00,${dossier},50000,true,,,`, //          2 good
    `f-2,RATED,2021-07-06T09:00:00+07:00,${dossier},,,MEH,,`, //                  3 unknown verdict
    'f-3,FEEDBACK_RECEIVED,2021-07-06T10:00:00+07:00,,,,,IMP-1,PROCEDURE', //       4 good
    'f-4,FEEDBACK_CLOSED,2021-07-06T11:00:00+07:00,,,,,IMP-1,', //                  5 not answered yet
    'f-5,FEEDBACK_ANSWERED,2021-07-07T11:00:00+07:00,,,,,IMP-1,', //                6 good
    'f-6,DOSSIER,2021-07-06T08:00:00+07:00,NOPE-1,1,,,,', //                        7 never received
    'f-7,PRAISED,2021-07-06T08:00:00+07:00,,,,,,', //                               8 unknown kind
  ].join('\n');
const BAD_LINES = [
  [3, /verdict must be one of LIKE, DISLIKE/],
  [5, /a FEEDBACK_CLOSED fact needs feedback ANSWERED; IMP-1 is ASSIGNED|needs feedback ANSWERED; IMP-1 is RECEIVED/],
  [7, /no dossier with code NOPE-1 has been received at unit 00583/],
  [8, /kind must be one of/],
] as const;

const factRows = (ds: DataSource) => countRows(ds, ['dossier_fact', 'dossier_rating', 'feedback', 'desk_event']);

/** A desk's scorecard-fact export, imported with the rules of its event imports. */
describe('importing a scorecard-fact file', () => {
  let ds: DataSource;
  let file: string;
  let dossier: string;

  beforeAll(async () => {
    const config = testDatabase('commune', 'scorecardimport');
    await seedVariant(config, communeSubgraph, (d) =>
      seedCommune(d, { periods: [{ from: '2021-07-05', to: '2021-07-09', received: 300 }] }),
    );
    ds = await openDatabase(config, communeSubgraph);
    [{ code: dossier }] = await ds.query("SELECT code FROM dossier WHERE unit_code = '00583' ORDER BY code LIMIT 1");
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'onestop-facts-')), 'facts.csv');
    writeFileSync(file, MIXED(dossier));
  });
  afterAll(() => ds?.destroy());

  const run = (partial = false) => importScorecardFacts(ds, readScorecardFactFile(file, '00583'), { partial });

  test('by default a file with bad rows stores nothing and names every bad line with its reason', async () => {
    const before = await factRows(ds);
    const report = await run();
    expect(report.rejected.map((r) => r.line)).toEqual(BAD_LINES.map(([line]) => line));
    report.rejected.forEach((r, i) => expect(r.reason).toMatch(BAD_LINES[i][1]));
    expect(report).toMatchObject({ rows: 7, imported: 0, stored: false });
    expect(await factRows(ds)).toEqual(before);
  });

  test('with partial exactly the good rows are stored; importing again stores only what now fits', async () => {
    const before = await factRows(ds);
    const report = await run(true);
    expect(report).toMatchObject({ imported: 3, alreadyImported: 0, stored: true });
    expect(report.rejected.map((r) => r.line)).toEqual([3, 5, 7, 8]);
    // The seed already gave the dossier its facts: the row is updated, not added.
    expect(await factRows(ds)).toEqual({ ...before, feedback: before.feedback + 1, desk_event: before.desk_event + 3 });
    const [fact] = await ds.query('SELECT fee, paid_online FROM dossier_fact WHERE dossier_code = ?', [dossier]);
    expect({ fee: Number(fact.fee), paidOnline: Number(fact.paid_online) }).toEqual({ fee: 50000, paidOnline: 1 });
    const [item] = await ds.query("SELECT status, answered_on, due_on FROM feedback WHERE feedback_id = 'IMP-1'");
    expect(item).toEqual({ status: 'ANSWERED', answered_on: '2021-07-07', due_on: '2021-07-27' });
    const again = await run(true);
    // Once answered, the file's early FEEDBACK_CLOSED line fits: it alone is new.
    expect(again).toMatchObject({ imported: 1, alreadyImported: 3 });
    expect(again.rejected.map((r) => r.line)).toEqual([3, 7, 8]);
    expect(await factRows(ds)).toEqual({ ...before, feedback: before.feedback + 1, desk_event: before.desk_event + 4 });
    const third = await run(true);
    expect(third).toMatchObject({ imported: 0, alreadyImported: 4 });
  });
});
