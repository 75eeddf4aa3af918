import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { seedCommune } from '../../subgraphs/commune/seed/seedCommune';
import { loadCalendar } from '../../subgraphs/desk/calendar/holidaySeed';
import { databaseConfig } from '../../subgraphs/shared/config';
import { openDatabase } from '../../subgraphs/shared/database';
import { importEvents } from '../../subgraphs/desk/events/importEvents';
import * as deskEvents from '../../subgraphs/desk/events/deskEvents';
import { readEventFile } from '../../subgraphs/desk/events/readEventFile';
import { repoFile, repoRoot } from '../../subgraphs/shared/paths';
import { seedVariant } from '../support/seedVariant';
import { tsEntryArgs } from '../support/tsEntry';
import { deskRows } from './deskWorld';

// applyDeskEvent as it is, wrapped so one test can make it lose a race once.
const { applyDeskEvent: realApplyDeskEvent } = jest.requireActual<typeof deskEvents>(
  '../../subgraphs/desk/events/deskEvents',
);
jest.mock('../../subgraphs/desk/events/deskEvents', () => {
  const actual = jest.requireActual('../../subgraphs/desk/events/deskEvents');
  return { ...actual, applyDeskEvent: jest.fn(actual.applyDeskEvent) };
});

const HEADER =
  'eventId,type,at,reference,dossierCode,procedureCode,channel,applicantType,applicantName,applicantIdNumber,note';
/** Good and bad rows mixed; the comment after each is its line number in the file. */
const MIXED = [
  HEADER, //                                                                       1
  'm-1,RECEIVED,2021-07-06T08:00:00+07:00,M1,,1.001193,IN_PERSON,CITIZEN,,,', //    2 good
  'm-2,RECEIVED,2021-07-06T08:10:00+07:00,M2,,1.001612,IN_PERSON,CITIZEN,,,', //    3 district-level procedure
  'm-3,IN_PROGRESS,2021-07-06T09:00:00+07:00,M1,,,,,,,', //                          4 good
  'm-4,RESOLVED,2021-07-06T09:30:00+07:00,NOPE,,,,,,,', //                           5 never received
  'm-5,FINISHED,2021-07-06T09:40:00+07:00,M1,,,,,,,', //                             6 unknown type
  'm-6,RECEIVED,2021-07-06 10:00,M6,,1.001193,POST,CITIZEN,,,', //                   7 no offset
  'm-7,RESOLVED,2021-07-06T11:00:00+07:00,M1,,,,,,,Xong', //                         8 good
  'm-8,WITHDRAWN,2021-07-06T12:00:00+07:00,M1,,,,,,,', //                            9 resolved cannot be withdrawn
  'm-9,RECEIVED,2021-07-07T20:00:00+07:00,M9,,2.000815,ONLINE,ORGANIZATION,,,', // 10 good
  'm-1,RECEIVED,2021-07-06T08:05:00+07:00,M1,,1.001193,IN_PERSON,CITIZEN,,,', //   11 event id reused, other content
].join('\n');
const BAD_LINES = [
  [3, /procedure 1\.001612 is not a commune-level procedure/],
  [5, /no dossier with reference NOPE has been received/],
  [6, /type must be one of/],
  [7, /at must be an ISO 8601 instant with its offset/],
  [9, /a dossier RESOLVED cannot become WITHDRAWN; allowed: RETURNED/],
  [11, /event m-1 was already recorded with different content/],
] as const;

/** A commune database of its own, where the CLI (a child process) finds it through the environment. */
async function cliDatabase(name: string) {
  const base = databaseConfig('commune');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test' };
  if (base.kind === 'mysql') env.DB_PREFIX = `${process.env.DB_PREFIX}_${name}`;
  else env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), `onestop-${name}-`));
  const config = databaseConfig('commune', env);
  await seedVariant(config, communeSubgraph, (ds) =>
    seedCommune(ds, { periods: [{ from: '2021-07-05', to: '2021-07-09', received: 300 }] }),
  );
  return { config, env };
}

function writeTemp(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'onestop-import-')), name);
  writeFileSync(file, content);
  return file;
}

const cli = (...args: string[]) => tsEntryArgs('tools/import.ts', ...args);

describe('importing a desk export file', () => {
  let ds: DataSource;
  let env: NodeJS.ProcessEnv;
  const mixed = writeTemp('mixed.csv', MIXED);

  beforeAll(async () => {
    const db = await cliDatabase('import');
    env = db.env;
    ds = await openDatabase(db.config, communeSubgraph);
  });
  afterAll(() => ds?.destroy());

  const run = (file: string, partial = false) => importEvents(ds, 'COMMUNE', readEventFile(file, '00583'), { partial });

  test('by default a file with bad rows stores nothing and names every bad line with its reason', async () => {
    const before = await deskRows(ds);
    const report = await run(mixed);
    expect(report.rejected.map((r) => r.line)).toEqual(BAD_LINES.map(([line]) => line));
    report.rejected.forEach((r, i) => expect(r.reason).toMatch(BAD_LINES[i][1]));
    expect(report).toMatchObject({ rows: 10, imported: 0, stored: false });
    expect(await deskRows(ds)).toEqual(before);
  });

  test('with --partial exactly the good rows are stored, and importing again changes nothing', async () => {
    const before = await deskRows(ds);
    const report = await run(mixed, true);
    expect(report).toMatchObject({ imported: 4, alreadyImported: 0, stored: true });
    expect(report.rejected.map((r) => r.line)).toEqual([3, 5, 6, 7, 9, 11]);
    const after = await deskRows(ds);
    expect(after).toEqual({
      dossier: before.dossier + 2,
      dossier_event: before.dossier_event + 4,
      desk_event: before.desk_event + 4,
    });
    const [m1] = await ds.query(
      "SELECT status, resolved_on FROM dossier WHERE unit_code = '00583' AND reference = 'M1'",
    );
    expect(m1).toEqual({ status: 'RESOLVED', resolved_on: '2021-07-06' });

    const again = await run(mixed, true);
    expect(again).toMatchObject({ imported: 0, alreadyImported: 4 });
    expect(await deskRows(ds)).toEqual(after);
  });

  test.each([false, true])(
    'a transaction that loses a race with a concurrent write is run again, each row counted once (partial: %s)',
    async (partial) => {
      const file = writeTemp(
        'race.csv',
        [
          HEADER,
          `race-${partial}-1,RECEIVED,2021-07-08T08:00:00+07:00,R${partial}1,,1.001193,IN_PERSON,CITIZEN,,,`,
          `race-${partial}-2,RECEIVED,2021-07-08T08:05:00+07:00,R${partial}2,,1.001193,ONLINE,CITIZEN,,,`,
        ].join('\n'),
      );
      const before = await deskRows(ds);
      // The second row meets a duplicate key the first time, as when a desk pushes the same unit's
      // first dossier of the day through the API at that moment; MySQL has then rolled back.
      const apply = deskEvents.applyDeskEvent as jest.MockedFunction<typeof deskEvents.applyDeskEvent>;
      let calls = 0;
      apply.mockImplementation(async (...args) => {
        if (++calls === 2)
          throw Object.assign(new Error("Duplicate entry for key 'PRIMARY'"), { code: 'ER_DUP_ENTRY' });
        return realApplyDeskEvent(...args);
      });
      try {
        const report = await run(file, partial);
        expect(report).toMatchObject({ rows: 2, imported: 2, alreadyImported: 0, rejected: [], stored: true });
      } finally {
        apply.mockImplementation(realApplyDeskEvent);
      }
      expect(calls).toBe(4);
      expect(await deskRows(ds)).toEqual({
        dossier: before.dossier + 2,
        dossier_event: before.dossier_event + 2,
        desk_event: before.desk_event + 2,
      });
    },
  );

  test('the sample export imports whole, and its CSV and JSON Lines forms are the same events', async () => {
    const csv = repoFile('subgraphs/desk/events/samples/dossiers-00583.csv');
    const jsonl = repoFile('subgraphs/desk/events/samples/dossiers-00583.jsonl');
    const before = await deskRows(ds);
    expect(await run(csv)).toMatchObject({ rows: 9, imported: 9, rejected: [], stored: true });
    const after = await deskRows(ds);
    expect(after).toEqual({
      dossier: before.dossier + 3,
      dossier_event: before.dossier_event + 9,
      desk_event: before.desk_event + 9,
    });
    expect(await run(csv)).toMatchObject({ imported: 0, alreadyImported: 9, rejected: [] });
    expect(await run(jsonl)).toMatchObject({ imported: 0, alreadyImported: 9, rejected: [] });
    expect(await deskRows(ds)).toEqual(after);
    // The supplement pause from Tuesday 6 July to Thursday 8 July covers two working days after
    // the request day (7 and 8 July): the due day moved by exactly those two.
    const [married] = await ds.query(
      "SELECT d.due_on, d.paused_days, p.time_limit_days FROM dossier d JOIN admin_procedure p ON p.code = d.procedure_code WHERE d.reference = 'BT-2021-0706-002'",
    );
    expect(married.paused_days).toBe(2);
    const calendar = await loadCalendar(ds);
    expect(married.due_on).toBe(
      calendar.addWorkingDays(calendar.addWorkingDays('2021-07-06', married.time_limit_days), 2),
    );
  });

  test('the command reports each bad line and exits 1 (nothing stored) or 2 with --partial', async () => {
    const file = writeTemp(
      'again.csv',
      MIXED.replaceAll('m-', 'c-').replaceAll(',M1,', ',C1,').replaceAll(',M9,', ',C9,'),
    );
    const before = await deskRows(ds);
    const strict = spawnSync(process.execPath, cli('--unit', '00583', file), {
      env,
      cwd: repoRoot(),
      encoding: 'utf8',
    });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('line 3: procedure 1.001612 is not a commune-level procedure');
    expect(strict.stdout).toMatch(/10 rows, 0 imported, 0 already imported, 6 rejected; nothing stored/);
    expect(await deskRows(ds)).toEqual(before);
    const partial = spawnSync(process.execPath, cli('--unit', '00583', '--partial', file), {
      env,
      cwd: repoRoot(),
      encoding: 'utf8',
    });
    expect(partial.status).toBe(2);
    expect((await deskRows(ds)).dossier).toBe(before.dossier + 2);
    const usage = spawnSync(process.execPath, cli('--unit', '12', file), { env, cwd: repoRoot(), encoding: 'utf8' });
    expect(usage.status).toBe(64);
    expect(usage.stderr).toMatch(/--unit is a district \(3 digits\) or commune \(5 digits\) code/);
  });
});

describe('an import killed midway', () => {
  const CODES = ['1.001193', '1.000894', '2.000815', '2.000884'];
  const big = (prefix: string, n: number) =>
    [
      HEADER,
      ...Array.from({ length: n }, (_, i) => {
        const minute = 480 + (i % 500);
        const at = `2021-07-0${5 + (i % 5)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+07:00`;
        return `${prefix}-${i},RECEIVED,${at},${prefix.toUpperCase()}-${i},,${CODES[i % 4]},IN_PERSON,CITIZEN,,,`;
      }),
    ].join('\n');

  /** Starts the command, waits until it has applied some rows, then kills it with SIGKILL. */
  function killMidway(env: NodeJS.ProcessEnv, args: string[], afterRows: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, cli(...args), { env, cwd: repoRoot() });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        const done = [...stderr.matchAll(/progress (\d+)\//g)].map((m) => Number(m[1]));
        if (done.some((n) => n >= afterRows)) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) =>
        signal === 'SIGKILL' ? resolve(stderr) : reject(new Error(`exited ${code} before being killed: ${stderr}`)),
      );
    });
  }

  test('leaves the database as it was before the file', async () => {
    const { config, env } = await cliDatabase('killed');
    const ds = await openDatabase(config, communeSubgraph);
    const before = await deskRows(ds);
    await ds.destroy();
    await killMidway(env, ['--unit', '00583', writeTemp('big.csv', big('k', 5000))], 2000);
    const reopened = await openDatabase(config, communeSubgraph);
    expect(await deskRows(reopened)).toEqual(before);
    await reopened.destroy();
  });

  test('with --partial leaves whole rows only: every stored dossier has its event and its event record', async () => {
    const { config, env } = await cliDatabase('killedpartial');
    const ds = await openDatabase(config, communeSubgraph);
    const before = await deskRows(ds);
    await ds.destroy();
    await killMidway(env, ['--unit', '00583', '--partial', writeTemp('big.csv', big('p', 5000))], 2000);
    const reopened = await openDatabase(config, communeSubgraph);
    const after = await deskRows(reopened);
    const added = after.dossier - before.dossier;
    expect(added).toBeGreaterThan(0);
    expect(added % 500).toBe(0); // committed in whole batches of whole rows
    expect(after.dossier_event - before.dossier_event).toBe(added);
    expect(after.desk_event - before.desk_event).toBe(added);
    const [orphans] = await reopened.query(
      "SELECT COUNT(*) AS n FROM dossier d WHERE d.reference LIKE 'P-%' AND NOT EXISTS (SELECT 1 FROM dossier_event e WHERE e.dossier_id = d.id)",
    );
    expect(Number(orphans.n)).toBe(0);
    await reopened.destroy();
  });
});
