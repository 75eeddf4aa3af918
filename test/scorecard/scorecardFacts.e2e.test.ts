import { countRows } from '../support/countRows';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';
import { deskDatabases } from '../ingestion/deskWorld';

const RECORD_EVENT = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { dossierCode } }`;
const RECORD = `mutation($f: ScorecardFactInput!) { recordCommuneScorecardFact(fact: $f) { eventId kind subject feedbackStatus dueOn } }`;
const SCORECARD = `query($first: Int) { commune(code: "00583") { scorecard(period: MONTH, key: "2021-07") {
  key previousKey version points
  groups { code metrics { code numerator denominator } }
  feedback { received due answeredOnTime dissatisfiedOrOverdue aboutProcedure aboutStaff dissatisfactionComplaints }
  feedbackItems(first: $first) { feedbackId status receivedOn dueOn answeredOn closedOn classification satisfiedWithAnswer } } } }`;
const FEEDBACK_COUNTS = `{ commune(code: "00583") { scorecard(period: MONTH, key: "2021-07") { feedback { received } } } }`;

/** Every table a scorecard fact may write: a refused fact must leave them as they were. */
const factRows = (supergraph: RunningSupergraph) =>
  countRows(supergraph.apps.commune.dataSource, ['dossier_fact', 'dossier_rating', 'feedback', 'desk_event']);

/** Bát Tràng's desk (00583) records the scorecard facts of a dossier and of a citizen's feedback. */
describe('desks push scorecard facts through the gateway', () => {
  let supergraph: RunningSupergraph;
  let desk: string;
  let dossierCode: string;
  const fact = (eventId: string, kind: string, extra: Record<string, unknown> = {}) => ({
    eventId,
    unitCode: '00583',
    kind,
    at: '2021-07-05T15:00:00+07:00',
    ...extra,
  });
  const send = (f: Record<string, unknown>, token: string | null = desk) =>
    supergraph.queryGateway(RECORD, { f }, { token: token ?? undefined });
  const code = (r: any) => r.body.errors?.[0]?.extensions?.code;
  const metric = (card: any, metricCode: string) =>
    card.groups.flatMap((g: any) => g.metrics).find((m: any) => m.code === metricCode);

  beforeAll(async () => {
    supergraph = await startSupergraph(await deskDatabases('scorecardfacts'));
    desk = await tokenFor('desk', { unitCode: '00583', subject: 'mot-cua-bat-trang' });
    const received = await supergraph.queryGateway(
      RECORD_EVENT,
      {
        e: {
          eventId: 'sc-0',
          unitCode: '00583',
          type: 'RECEIVED',
          at: '2021-07-05T08:30:00+07:00',
          reference: 'BT-SC-01',
          procedureCode: '1.001193',
          channel: 'ONLINE',
          applicantType: 'CITIZEN',
        },
      },
      { token: desk },
    );
    dossierCode = received.body.data.recordCommuneDeskEvent.dossierCode;
  });
  afterAll(() => supergraph.stop());

  test("a dossier's facts, a rating and a feedback item's whole life are recorded and counted", async () => {
    const before = (await supergraph.queryGateway(SCORECARD, {}, { token: await tokenFor('integrator') })).body.data
      .commune.scorecard;
    const paid = await send(fact('sc-1', 'DOSSIER', { reference: 'BT-SC-01', fee: 50000, paidOnline: true }));
    expect(paid.body.data.recordCommuneScorecardFact).toEqual({
      eventId: 'sc-1',
      kind: 'DOSSIER',
      subject: dossierCode,
      feedbackStatus: null,
      dueOn: null,
    });
    expect(
      (await send(fact('sc-2', 'DOSSIER', { dossierCode, documentsDigitised: true }))).body.errors,
    ).toBeUndefined();
    expect((await send(fact('sc-3', 'RATED', { dossierCode, verdict: 'LIKE' }))).body.errors).toBeUndefined();
    const received = await send(
      fact('sc-4', 'FEEDBACK_RECEIVED', { feedbackId: 'PAKN-1', classification: 'STAFF', reference: 'BT-SC-01' }),
    );
    // 15 working days after Monday 5 July 2021.
    expect(received.body.data.recordCommuneScorecardFact).toMatchObject({
      feedbackStatus: 'RECEIVED',
      dueOn: '2021-07-26',
    });
    for (const [id, kind, day] of [
      ['sc-5', 'FEEDBACK_ASSIGNED', '06'],
      ['sc-6', 'FEEDBACK_ANSWERED', '09'],
    ]) {
      const step = await send(fact(id, kind, { feedbackId: 'PAKN-1', at: `2021-07-${day}T10:00:00+07:00` }));
      expect(step.body.errors).toBeUndefined();
    }
    const closed = await send(
      fact('sc-7', 'FEEDBACK_CLOSED', {
        feedbackId: 'PAKN-1',
        at: '2021-07-12T10:00:00+07:00',
        satisfiedWithAnswer: true,
      }),
    );
    expect(closed.body.data.recordCommuneScorecardFact.feedbackStatus).toBe('CLOSED');

    const after = (await supergraph.queryGateway(SCORECARD, {}, { token: await tokenFor('integrator') })).body.data
      .commune.scorecard;
    expect(after).toMatchObject({ key: '2021-07', previousKey: '2021-06', version: '766-2022' });
    const moved = (m: string) => ({
      numerator: metric(after, m).numerator - metric(before, m).numerator,
      denominator: metric(after, m).denominator - metric(before, m).denominator,
    });
    expect(moved('G4.3')).toEqual({ numerator: 1, denominator: 1 });
    // The dossier was received (and counted in G5.2's denominator) before its facts came.
    expect(moved('G5.2')).toEqual({ numerator: 1, denominator: 0 });
    expect(after.feedback).toEqual({
      received: before.feedback.received + 1,
      due: before.feedback.due + 1,
      answeredOnTime: before.feedback.answeredOnTime + 1,
      dissatisfiedOrOverdue: before.feedback.dissatisfiedOrOverdue,
      aboutProcedure: before.feedback.aboutProcedure,
      aboutStaff: before.feedback.aboutStaff + 1,
      dissatisfactionComplaints: before.feedback.dissatisfactionComplaints,
    });
    expect(after.feedbackItems).toContainEqual({
      feedbackId: 'PAKN-1',
      status: 'CLOSED',
      receivedOn: '2021-07-05',
      dueOn: '2021-07-26',
      answeredOn: '2021-07-09',
      closedOn: '2021-07-12',
      classification: 'STAFF',
      satisfiedWithAnswer: true,
    });
  });

  test('a replayed fact changes nothing and returns the same result; the same id with other content is CONFLICT', async () => {
    const before = await factRows(supergraph);
    const replay = await send(fact('sc-1', 'DOSSIER', { reference: 'BT-SC-01', fee: 50000, paidOnline: true }));
    expect(replay.body.data.recordCommuneScorecardFact.subject).toBe(dossierCode);
    expect(code(await send(fact('sc-1', 'DOSSIER', { reference: 'BT-SC-01', fee: 60000 })))).toBe('CONFLICT');
    expect(await factRows(supergraph)).toEqual(before);
  });

  test.each([
    ['a rating without its verdict', () => fact('x-1', 'RATED', { dossierCode }), /verdict is required/],
    ['a dossier not received here', () => fact('x-2', 'DOSSIER', { reference: 'NOPE', fee: 1 }), /must come first/],
    ['a DOSSIER fact that sets nothing', () => fact('x-3', 'DOSSIER', { dossierCode }), /sets at least one/],
    ['a negative fee', () => fact('x-4', 'DOSSIER', { dossierCode, fee: -5 }), /fee must be a whole number/],
    [
      'a time in the future',
      () => fact('x-5', 'RATED', { dossierCode, verdict: 'LIKE', at: '2099-01-01T08:00:00+07:00' }),
      /in the future/,
    ],
    ['feedback not received', () => fact('x-6', 'FEEDBACK_ANSWERED', { feedbackId: 'PAKN-404' }), /must come first/],
    [
      'a closed item answered again',
      () => fact('x-7', 'FEEDBACK_ANSWERED', { feedbackId: 'PAKN-1' }),
      /needs feedback RECEIVED or ASSIGNED; PAKN-1 is CLOSED/,
    ],
    [
      'feedback about a dossier not received here',
      () => fact('x-8', 'FEEDBACK_RECEIVED', { feedbackId: 'PAKN-2', classification: 'PROCEDURE', reference: 'NOPE' }),
      /must come first/,
    ],
  ])('%s is BAD_USER_INPUT and stores nothing', async (_label, make, message) => {
    const before = await factRows(supergraph);
    const response = await send(make());
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].message).toMatch(message);
    expect(await factRows(supergraph)).toEqual(before);
  });

  test("only the unit's own desk writes: another unit's desk, integrator and anonymous callers get FORBIDDEN", async () => {
    const before = await factRows(supergraph);
    const other = await tokenFor('desk', { unitCode: '00565', subject: 'mot-cua-khac' });
    for (const token of [other, await tokenFor('integrator'), null]) {
      expect(code(await send(fact('x-9', 'RATED', { dossierCode, verdict: 'DISLIKE' }), token))).toBe('FORBIDDEN');
    }
    expect(await factRows(supergraph)).toEqual(before);
  });

  test('anonymous callers see feedback counts only: the items are FORBIDDEN', async () => {
    const counts = await supergraph.queryGateway(FEEDBACK_COUNTS);
    expect(counts.body.errors).toBeUndefined();
    expect(counts.body.data.commune.scorecard.feedback.received).toBeGreaterThanOrEqual(1);
    const items = await supergraph.queryGateway(SCORECARD);
    expect(code(items)).toBe('FORBIDDEN');
    expect(items.body.data?.commune?.scorecard?.feedbackItems ?? null).toBeNull();
  });
});
