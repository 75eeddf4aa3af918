import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';
import { deskDatabases, deskRows } from './deskWorld';

const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { eventId dossierCode status dueOn dossier { code status dueOn } } }`;
const RECORD_DISTRICT = `mutation($e: DeskEventInput!) { recordDistrictDeskEvent(event: $e) { dossierCode status } }`;
const STATS = 'received resolved resolvedOnTime inProgress';
const REPORT = `{ district(code: "018") { report(from: "2021-07-05", to: "2021-07-05") {
  districtLevel { dossiers { ${STATS} } } communeLevel { dossiers { ${STATS} } } total { dossiers { ${STATS} } }
  byCommune { commune { code } dossiers { ${STATS} } } } } }`;

/** Bát Tràng's desk (00583) records a dossier's whole life through the gateway. */
describe('desks push dossier events through the gateway', () => {
  let supergraph: RunningSupergraph;
  let desk: string;
  const at = (time: string) => `2021-07-05T${time}:00+07:00`;
  const event = (eventId: string, type: string, time: string, extra: Record<string, unknown> = {}) => ({
    eventId,
    unitCode: '00583',
    type,
    at: at(time),
    reference: 'BT-2021-0705-01',
    ...extra,
  });
  /** `token: null` sends no token at all (an anonymous caller). */
  const send = (e: Record<string, unknown>, token: string | null = desk, query = RECORD) =>
    supergraph.queryGateway(query, { e }, { token: token ?? undefined });
  const figures = async () => {
    const report = (await supergraph.queryGateway(REPORT)).body.data.district.report;
    return {
      commune: report.communeLevel.dossiers,
      total: report.total.dossiers,
      district: report.districtLevel.dossiers,
      batTrang: report.byCommune.find((r: any) => r.commune.code === '00583').dossiers,
    };
  };
  const shift = (base: any, delta: Partial<Record<string, number>>) =>
    Object.fromEntries(Object.entries(base).map(([k, v]) => [k, (v as number) + (delta[k] ?? 0)]));
  const code = (r: any) => r.body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    supergraph = await startSupergraph(await deskDatabases('deskevents'));
    desk = await tokenFor('desk', { unitCode: '00583', subject: 'mot-cua-bat-trang' });
  });
  afterAll(() => supergraph.stop());

  test("a dossier's whole life moves the commune's and the district's figures by exactly one at each step", async () => {
    const base = await figures();
    const expectFigures = async (delta: Partial<Record<string, number>>) => {
      const now = await figures();
      expect(now.batTrang).toEqual(shift(base.batTrang, delta));
      expect(now.commune).toEqual(shift(base.commune, delta));
      expect(now.total).toEqual(shift(base.total, delta));
      expect(now.district).toEqual(base.district);
    };
    const received = await send(
      event('bt-1', 'RECEIVED', '08:30', {
        procedureCode: '1.001193',
        channel: 'IN_PERSON',
        applicantType: 'CITIZEN',
        applicantName: 'Nguyễn Văn A',
      }),
    );
    expect(received.body.errors).toBeUndefined();
    const result = received.body.data.recordCommuneDeskEvent;
    expect(result).toMatchObject({ eventId: 'bt-1', status: 'RECEIVED' });
    expect(result.dossierCode).toMatch(/^00583-210705-\d{4}$/);
    await expectFigures({ received: 1, inProgress: 1 });

    for (const [id, type, time] of [
      ['bt-2', 'IN_PROGRESS', '09:00'],
      ['bt-3', 'SUPPLEMENT_REQUESTED', '09:30'],
      ['bt-4', 'SUPPLEMENT_RECEIVED', '10:30'],
    ]) {
      expect((await send(event(id, type, time))).body.errors).toBeUndefined();
      await expectFigures({ received: 1, inProgress: 1 });
    }
    const resolved = await send(event('bt-5', 'RESOLVED', '14:00'));
    expect(resolved.body.data.recordCommuneDeskEvent.dossier.status).toBe('RESOLVED');
    await expectFigures({ received: 1, resolved: 1, resolvedOnTime: 1 });
    expect((await send(event('bt-6', 'RETURNED', '15:00'))).body.errors).toBeUndefined();
    await expectFigures({ received: 1, resolved: 1, resolvedOnTime: 1 });
  });

  test('the due day comes from the procedure and the calendar, never from the desk', async () => {
    const response = await send(
      event('bt-7', 'RECEIVED', '16:00', {
        reference: 'BT-2021-0705-02',
        procedureCode: '1.001193',
        channel: 'ONLINE',
        applicantType: 'CITIZEN',
        dueOn: '2030-01-01',
      }),
    );
    // An unknown input field is refused by GraphQL itself: the desk cannot even say it.
    expect(response.status).toBe(400);
    expect(code(response)).toBe('BAD_USER_INPUT');
  });

  test('a replayed event changes nothing and returns the same result; the same id with other content is CONFLICT', async () => {
    const before = await deskRows(supergraph.apps.commune.dataSource);
    const first = await send(event('bt-5', 'RESOLVED', '14:00'));
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.recordCommuneDeskEvent).toMatchObject({ eventId: 'bt-5', status: 'RESOLVED' });
    expect(await deskRows(supergraph.apps.commune.dataSource)).toEqual(before);
    expect(code(await send(event('bt-5', 'RESOLVED', '14:05')))).toBe('CONFLICT');
    expect(await deskRows(supergraph.apps.commune.dataSource)).toEqual(before);
  });

  test.each([
    [
      'writing for another commune',
      () =>
        event('x-1', 'RECEIVED', '11:00', {
          unitCode: '00586',
          reference: 'KL-1',
          procedureCode: '1.001193',
          channel: 'POST',
          applicantType: 'CITIZEN',
        }),
      'FORBIDDEN',
      /bound to unit 00583/,
    ],
    [
      'a district-level procedure at a commune desk',
      () =>
        event('x-3', 'RECEIVED', '11:00', {
          reference: 'BT-X3',
          procedureCode: '1.001612',
          channel: 'IN_PERSON',
          applicantType: 'ORGANIZATION',
        }),
      'BAD_USER_INPUT',
      /not a commune-level procedure/,
    ],
    [
      'an event for a dossier never received (out of order)',
      () => event('x-4', 'RESOLVED', '11:00', { reference: 'NEVER-SEEN' }),
      'BAD_USER_INPUT',
      /RECEIVED event must come first/,
    ],
    [
      'a time in the future',
      () =>
        event('x-5', 'RECEIVED', '11:00', {
          at: '2099-01-01T08:00:00+07:00',
          reference: 'BT-X5',
          procedureCode: '1.001193',
          channel: 'IN_PERSON',
          applicantType: 'CITIZEN',
        }),
      'BAD_USER_INPUT',
      /in the future/,
    ],
    [
      'RECEIVED without a procedure',
      () => event('x-6', 'RECEIVED', '11:00', { reference: 'BT-X6', channel: 'IN_PERSON', applicantType: 'CITIZEN' }),
      'BAD_USER_INPUT',
      /procedureCode is required/,
    ],
  ])('%s is refused and stores nothing', async (_label, make, expected, message) => {
    const before = await deskRows(supergraph.apps.commune.dataSource);
    const response = await send(make());
    expect(code(response)).toBe(expected);
    expect(response.body.errors![0].message).toMatch(message);
    expect(await deskRows(supergraph.apps.commune.dataSource)).toEqual(before);
  });

  test('an illegal transition names the rule: a dossier just received cannot be RETURNED', async () => {
    const received = await send(
      event('bt-10', 'RECEIVED', '12:00', {
        reference: 'BT-2021-0705-03',
        procedureCode: '1.001193',
        channel: 'POST',
        applicantType: 'CITIZEN',
      }),
    );
    expect(received.body.errors).toBeUndefined();
    const before = await deskRows(supergraph.apps.commune.dataSource);
    const response = await send(event('bt-11', 'RETURNED', '12:30', { reference: 'BT-2021-0705-03' }));
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].message).toBe(
      'a dossier RECEIVED cannot become RETURNED; allowed: IN_PROGRESS, AWAITING_SUPPLEMENT, RESOLVED, DENIED, WITHDRAWN',
    );
    expect(await deskRows(supergraph.apps.commune.dataSource)).toEqual(before);
  });

  test('a lifecycle rule is named: a resolved dossier cannot be withdrawn', async () => {
    const response = await send(event('x-7', 'WITHDRAWN', '16:30'));
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].message).toBe('a dossier RETURNED cannot become WITHDRAWN; allowed: none');
  });

  test('only desks write: integrator, planner and anonymous callers get FORBIDDEN', async () => {
    const before = await deskRows(supergraph.apps.commune.dataSource);
    for (const token of [await tokenFor('integrator'), await tokenFor('planner'), null]) {
      expect(code(await send(event('x-8', 'IN_PROGRESS', '11:00'), token))).toBe('FORBIDDEN');
    }
    expect(await deskRows(supergraph.apps.commune.dataSource)).toEqual(before);
  });

  test("the district's desk records into the district level", async () => {
    const base = await figures();
    const districtDesk = await tokenFor('desk', { unitCode: '018' });
    const response = await send(
      {
        eventId: 'gl-1',
        unitCode: '018',
        type: 'RECEIVED',
        at: at('10:00'),
        reference: 'GL-1',
        procedureCode: '1.001612',
        channel: 'ONLINE',
        applicantType: 'CITIZEN',
      },
      districtDesk,
      RECORD_DISTRICT,
    );
    expect(response.body.errors).toBeUndefined();
    const now = await figures();
    expect(now.district).toEqual(shift(base.district, { received: 1, inProgress: 1 }));
    expect(now.total).toEqual(shift(base.total, { received: 1, inProgress: 1 }));
    expect(now.commune).toEqual(base.commune);
    // A commune desk cannot write at the district level, even for its own unit code.
    expect(
      code(
        await send(
          {
            eventId: 'gl-2',
            unitCode: '00583',
            type: 'RECEIVED',
            at: at('10:00'),
            reference: 'GL-2',
            procedureCode: '1.001612',
            channel: 'ONLINE',
            applicantType: 'CITIZEN',
          },
          desk,
          RECORD_DISTRICT,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
