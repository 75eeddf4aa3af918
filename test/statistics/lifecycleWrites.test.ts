import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { openDatabase } from '../../subgraphs/shared/database';
import { DossierEventEntity } from '../../subgraphs/desk/dossiers/dossierEntity';
import { receiveDossier, transitionDossier } from '../../subgraphs/desk/dossiers/dossierWrites';
import { seedVariant } from '../support/seedVariant';
import { testDatabase } from '../support/testDatabases';
import { at, seedFixtureDistrict } from './fixture';
import type { DataSource } from 'typeorm';

describe('the desk write API: receiveDossier and transitionDossier', () => {
  let ds: DataSource;
  beforeAll(async () => {
    const db = testDatabase('district', 'h3writes');
    await seedVariant(db, districtSubgraph, (d) => seedFixtureDistrict(d, []).then(() => undefined));
    ds = await openDatabase(db, districtSubgraph);
  });
  afterAll(() => ds?.destroy());

  const receive = (received: string, procedureCode = '1.001') =>
    receiveDossier(ds, { unitCode: '018', procedureCode, channel: 'IN_PERSON', receivedAt: at(received) });

  test('a 5-working-day limit spanning Tết 2021 (10-16 February) is due on 22 February', async () => {
    expect((await receive('2021-02-08 09:00')).dueOn).toBe('2021-02-22');
  });

  test('codes number each unit-day in receipt order', async () => {
    const first = await receive('2021-03-02 08:00');
    const second = await receive('2021-03-02 09:00');
    expect([first.code, second.code]).toEqual(['018-210302-0001', '018-210302-0002']);
  });

  test('every transition is appended to the history and the status follows it', async () => {
    const d = await receive('2021-03-03 08:00', '1.002');
    await transitionDossier(ds, d.code, {
      status: 'AWAITING_SUPPLEMENT',
      at: at('2021-03-04 09:00'),
      note: 'thiếu bản vẽ',
    });
    const back = await transitionDossier(ds, d.code, { status: 'IN_PROGRESS', at: at('2021-03-08 09:00') });
    // Paused 5 and 8 March (working days after the request day, up to the supplement's): 8 March + 2 = 10 March.
    expect(back).toMatchObject({ status: 'IN_PROGRESS', pausedDays: 2, dueOn: '2021-03-10', pausedOn: null });
    const events = await ds
      .getRepository(DossierEventEntity)
      .find({ where: { dossierId: d.id! }, order: { id: 'ASC' } });
    expect(events.map((e) => [e.status, e.on, e.note])).toEqual([
      ['RECEIVED', '2021-03-03', null],
      ['AWAITING_SUPPLEMENT', '2021-03-04', 'thiếu bản vẽ'],
      ['IN_PROGRESS', '2021-03-08', null],
    ]);
  });

  test('an impossible transition or an event before the last one is BAD_USER_INPUT naming the argument', async () => {
    const d = await receive('2021-03-05 08:00');
    await transitionDossier(ds, d.code, { status: 'RESOLVED', at: at('2021-03-05 10:00') });
    await expect(transitionDossier(ds, d.code, { status: 'DENIED', at: at('2021-03-05 11:00') })).rejects.toMatchObject(
      {
        extensions: { code: 'BAD_USER_INPUT', argument: 'status' },
      },
    );
    await expect(
      transitionDossier(ds, d.code, { status: 'RETURNED', at: at('2021-03-05 09:00') }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'at' },
    });
    await expect(
      transitionDossier(ds, 'nope', { status: 'RESOLVED', at: at('2021-03-05 09:00') }),
    ).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    const events = await ds.getRepository(DossierEventEntity).countBy({ dossierId: d.id! });
    expect(events).toBe(2); // the refused ones left nothing behind
  });
});
