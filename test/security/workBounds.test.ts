import { IDENTITY_HEADER, signForwardedIdentity } from '../../subgraphs/shared/auth/forwardedIdentity';
import { addDays } from '../../subgraphs/shared/dates';
import { HEADLINE_QUERY } from '../support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';

const FIVE = 'UNIT SECTOR PROCEDURE CHANNEL MONTH';
const breakdown = (from: string, to: string, by: string, fields = 'total { key { month } figures { receivedNew } }') =>
  `{ district(code: "018") { report(from: "${from}", to: "${to}") { breakdown(by: [${by}]) { ${fields} } } } }`;
const errorsOf = (body: any) => (body.errors ?? []).map((e: any) => [e.extensions?.code, e.message]);

/** A request refused by the gateway: its status, its one error, and how many subgraph fetches it cost. */
async function refusal(supergraph: RunningSupergraph, query: string, variables?: Record<string, unknown>) {
  supergraph.resetCounters();
  const { status, body } = await supergraph.queryGateway(query, variables);
  return { status, errors: errorsOf(body), fetches: { ...supergraph.fetches } };
}

describe('bounds on statistics, checked at the gateway before any subgraph is asked', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph.stop());

  test('a window from year 0100 with a MONTH breakdown is BAD_USER_INPUT naming the oldest day, with no fetch', async () => {
    expect(await refusal(supergraph, breakdown('0100-01-01', '2021-01-31', 'MONTH'))).toEqual({
      status: 400,
      errors: [['BAD_USER_INPUT', 'from (0100-01-01) is before 2000-01-01, the oldest day a window may name']],
      fetches: {},
    });
  });

  test('a window ending 9999-12-31 is BAD_USER_INPUT naming the newest day, with no fetch', async () => {
    expect(await refusal(supergraph, breakdown('2021-01-01', '9999-12-31', 'MONTH'))).toEqual({
      status: 400,
      errors: [['BAD_USER_INPUT', 'to (9999-12-31) is after 2099-12-31, the newest day a window may name']],
      fetches: {},
    });
  });

  test('the same windows through variables are refused the same way', async () => {
    const query =
      'query ($from: Date!, $to: Date!) { district(code: "018") { report(from: $from, to: $to) { breakdown(by: [MONTH]) { total { key { month } } } } } }';
    const old = await refusal(supergraph, query, { from: '0100-01-01', to: '2021-01-31' });
    const late = await refusal(supergraph, query, { from: '2021-01-01', to: '9999-12-31' });
    expect([old.status, old.errors[0]?.[0], old.errors[0]?.[1], old.fetches]).toEqual([
      400,
      'BAD_USER_INPUT',
      expect.stringContaining('2000-01-01'),
      {},
    ]);
    expect([late.status, late.errors[0]?.[0], late.errors[0]?.[1], late.fetches]).toEqual([
      400,
      'BAD_USER_INPUT',
      expect.stringContaining('2099-12-31'),
      {},
    ]);
  });

  test('a window longer than 3,660 days is refused; one of exactly 3,660 days is not', async () => {
    const to = addDays('2012-01-01', 3660);
    expect(await refusal(supergraph, breakdown('2012-01-01', to, 'MONTH'))).toEqual({
      status: 400,
      errors: [
        ['BAD_USER_INPUT', `the window from 2012-01-01 to ${to} is 3661 days long; the longest window is 3660 days`],
      ],
      fetches: {},
    });
    const { body } = await supergraph.queryGateway(breakdown('2012-01-01', addDays(to, -1), 'MONTH'));
    expect(body.errors).toBeUndefined();
  });

  test("every field with a Date window is held to the same days (a reform plan's directives)", async () => {
    const query =
      '{ district(code: "018") { reformPlan(year: 2021) { directiveCount(from: "1900-01-01", to: "2021-06-30") } } }';
    expect(await refusal(supergraph, query)).toEqual({
      status: 400,
      errors: [['BAD_USER_INPUT', 'from (1900-01-01) is before 2000-01-01, the oldest day a window may name']],
      fetches: {},
    });
  });

  test('a five-dimension breakdown over ten years is QUERY_TOO_COMPLEX saying how many rows against which limit', async () => {
    // 30 desks x 300 procedures x 3 channels x 120 months (a procedure fixes its sector).
    expect(await refusal(supergraph, breakdown('2012-01-01', '2021-12-31', FIVE))).toEqual({
      status: 400,
      errors: [
        ['QUERY_TOO_COMPLEX', 'Query too complex: breakdown would answer up to 3240000 rows, the limit is 15000'],
      ],
      fetches: {},
    });
  });

  test('districts { report { breakdown } } is multiplied by the number of districts', async () => {
    const query = `{ districts { report(from: "2021-07-01", to: "2021-07-31") { breakdown(by: [${FIVE}]) { total { key { unitCode } } } } } }`;
    expect(await refusal(supergraph, query)).toEqual({
      status: 400,
      errors: [
        ['QUERY_TOO_COMPLEX', 'Query too complex: breakdown would answer up to 19170000 rows, the limit is 15000'],
      ],
      fetches: {},
    });
    // A small breakdown per district is still 710 districts x 40 sectors.
    const sectors = await refusal(
      supergraph,
      '{ districts { report(from: "2021-07-01", to: "2021-07-31") { breakdown(by: [SECTOR]) { total { key { sector } } } } } }',
    );
    expect([sectors.errors, sectors.fetches]).toEqual([
      [['QUERY_TOO_COMPLEX', 'Query too complex: breakdown would answer up to 28400 rows, the limit is 15000']],
      {},
    ]);
  });

  test('breakdowns each under the bound but over it together (aliases) are refused as a request', async () => {
    const aliases = Array.from(
      { length: 4 },
      (_, i) =>
        `b${i}: breakdown(by: [UNIT, PROCEDURE], filter: { channels: [${['ONLINE', 'POST', 'IN_PERSON', 'ONLINE'][i]}] }) { total { key { unitCode } } }`,
    );
    const query = `{ district(code: "018") { report(from: "2021-07-01", to: "2021-07-31") { ${aliases.join(' ')} } } }`;
    expect(await refusal(supergraph, query)).toEqual({
      status: 400,
      errors: [
        [
          'QUERY_TOO_COMPLEX',
          'Query too complex: the statistics in this request would answer up to 36001 rows, the limit is 15000',
        ],
      ],
      fetches: {},
    });
  });

  test('a maximal allowed request (the longest window, by sector and month) answers, months adding up to the whole', async () => {
    const from = '2012-01-01';
    const to = addDays(from, 3659);
    const query = `{ district(code: "018") { report(from: "${from}", to: "${to}") {
      whole: breakdown(by: []) { total { figures { receivedNew } } }
      months: breakdown(by: [MONTH]) { districtLevel { key { month } } communeLevel { key { month } } total { key { month } figures { receivedNew } } }
      table: breakdown(by: [SECTOR, MONTH]) { total { key { sector month } figures { receivedNew } } } } } }`;
    const { status, body } = await supergraph.queryGateway(query);
    expect([status, body.errors]).toEqual([200, undefined]);
    const { whole, months, table } = body.data.district.report;
    const received = whole.total[0].figures.receivedNew;
    const sum = (rows: any[]) => rows.reduce((s, r) => s + r.figures.receivedNew, 0);
    expect(received).toBeGreaterThan(74_483);
    expect([sum(months.total), sum(table.total)]).toEqual([received, received]);
    expect(months.total.map((r: any) => r.key.month)).toContain('2021-05');
  });

  test('the headline figures are unchanged', async () => {
    const { body } = await supergraph.queryGateway(HEADLINE_QUERY);
    expect(body.errors).toBeUndefined();
    expect(body.data.district.report.total).toEqual({
      procedures: 410,
      simplifiedProcedures: 43,
      dossiers: { received: 74483, resolved: 73616, resolvedOnTime: 73616, inProgress: 867, onTimeRate: 100 },
    });
  });
});

describe('bounds the subgraphs hold whatever reaches them', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(async () => {
    delete process.env.STATS_MAX_ROWS;
    await supergraph.stop();
  });

  const direct = async (name: 'district' | 'commune', query: string, variables: Record<string, unknown>) => {
    const identity = await signForwardedIdentity({ role: 'anonymous', subject: null, unitCode: null });
    const response = await fetch(supergraph.subgraphUrls[name], {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identity },
      body: JSON.stringify({ query, variables }),
    });
    return errorsOf(await response.json());
  };

  test('a report window that reaches a subgraph as an entity is checked against the same days', async () => {
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Report { communeLevel { procedures } } } }';
    const representations = [{ __typename: 'Report', districtCode: '018', from: '0100-01-01', to: '2021-01-31' }];
    expect(await direct('commune', query, { r: representations })).toEqual([
      ['BAD_USER_INPUT', 'from (0100-01-01) is before 2000-01-01, the oldest day a window may name'],
    ]);
  });

  test("a level with more rows than the subgraph's bound is QUERY_TOO_COMPLEX, not a cut answer", async () => {
    // The gateway was started with the default bound; the subgraphs now hold 20 rows a level.
    process.env.STATS_MAX_ROWS = '20';
    const { body } = await supergraph.queryGateway(
      breakdown(
        '2021-08-01',
        '2021-08-31',
        'UNIT',
        'districtLevel { key { unitCode } } communeLevel { key { unitCode } } total { key { unitCode } }',
      ),
    );
    delete process.env.STATS_MAX_ROWS;
    expect(errorsOf(body)).toEqual([
      [
        'QUERY_TOO_COMPLEX',
        "Query too complex: the breakdown's communeLevel would answer 22 rows, the limit is 20 rows per level; narrow the window, the dimensions or the filter",
      ],
    ]);
    expect(body.data.district.report.breakdown).toMatchObject({
      districtLevel: [{ key: { unitCode: '018' } }],
      communeLevel: null,
      total: null,
    });
  });

  test("total's @requires input is held to the same row bound", async () => {
    const row = (i: number) => ({
      key: { unitCode: `9${i}`, level: null, sector: null, procedureCode: null, channel: null, month: null },
      figures: Object.fromEntries(
        [
          'receivedNew',
          'carriedOver',
          'receivedOnline',
          'receivedInPerson',
          'receivedByPost',
          'resolvedEarly',
          'resolvedOnDueDay',
          'resolvedLate',
          'inProgressWithinDeadline',
          'inProgressOverdue',
          'denied',
          'withdrawn',
          'resolvedWorkingDays',
        ].map((f) => [f, 0]),
      ),
    });
    const representation = (rows: number) => [
      {
        __typename: 'Breakdown',
        districtCode: '018',
        from: '2021-07-01',
        to: '2021-07-31',
        spec: '{"by":["UNIT"],"filter":{}}',
        districtLevel: Array.from({ length: rows }, (_, i) => row(i)),
      },
    ];
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Breakdown { total { key { unitCode } } } } }';
    // The commune side has 22 rows of its own (one per commune): 8 passed in make a total of 30.
    process.env.STATS_MAX_ROWS = '30';
    const over = await direct('commune', query, { r: representation(31) });
    const within = await direct('commune', query, { r: representation(8) });
    delete process.env.STATS_MAX_ROWS;
    expect(over).toEqual([
      [
        'QUERY_TOO_COMPLEX',
        "Query too complex: the breakdown's districtLevel (the input of total) would answer 31 rows, the limit is 30 rows per level; narrow the window, the dimensions or the filter",
      ],
    ]);
    expect(within).toEqual([]);
  });
});

describe('the most bytes an answer may have', () => {
  test('an answer over MAX_RESPONSE_BYTES is RESPONSE_TOO_LARGE with no data; a small one answers', async () => {
    process.env.MAX_RESPONSE_BYTES = '2000';
    const supergraph = await startSupergraph();
    delete process.env.MAX_RESPONSE_BYTES;
    try {
      const big = await supergraph.queryGateway(HEADLINE_QUERY);
      expect([big.status, big.body.data, errorsOf(big.body)]).toEqual([
        200,
        null,
        [
          [
            'RESPONSE_TOO_LARGE',
            expect.stringMatching(/^The answer is \d+ bytes, more than the 2000 bytes an answer may have/),
          ],
        ],
      ]);
      const raw = await supergraph.request({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEADLINE_QUERY }),
      });
      expect([raw.headers.get('cache-control'), JSON.parse(raw.text).errors[0].extensions.code]).toEqual([
        'no-store',
        'RESPONSE_TOO_LARGE',
      ]);
      const small = await supergraph.queryGateway('{ district(code: "018") { name } }');
      expect(small.body).toEqual({ data: { district: { name: 'Huyện Gia Lâm' } } });
    } finally {
      await supergraph.stop();
    }
  });
});
