import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { openDatabase } from '../../subgraphs/shared/database';
import { DossierEntity } from '../../subgraphs/desk/dossiers/dossierEntity';
import { seedVariant } from '../support/seedVariant';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testDatabase } from '../support/testDatabases';
import { seedFixtureCommune, seedFixtureDistrict, type FixtureDossier } from './fixture';

/*
 * 30 dossiers worked by hand. 2021 calendar: Wed 21 Apr (Giỗ Tổ), Fri 30 Apr, Sat 1 May and
 * Mon 3 May (in lieu of Sunday 2 May... the official day off) are not working days.
 * District: 1.001 Xây dựng, 5 working days; 1.002 Kinh doanh, 3. Commune: 2.001 Hộ tịch, 1; 2.002 Chứng thực, 2.
 * Window May 2021. e = early, d = on the due day, l = late; W = open within deadline at 31 May, O = overdue.
 */
const DISTRICT: FixtureDossier[] = [
  // carried over from April
  {
    name: 'D1',
    unit: '018',
    procedure: '1.001',
    channel: 'IN_PERSON',
    received: '2021-04-26 09:00',
    steps: [['RESOLVED', '2021-05-05 16:00']],
  }, // due 5 May: d, 5 days
  {
    name: 'D2',
    unit: '018',
    procedure: '1.002',
    channel: 'IN_PERSON',
    received: '2021-04-28 10:00',
    steps: [
      ['IN_PROGRESS', '2021-04-29 08:00'],
      ['RESOLVED', '2021-05-06 09:00'],
    ],
  }, // due 5 May: l, 4
  {
    name: 'D3',
    unit: '018',
    procedure: '1.001',
    channel: 'ONLINE',
    received: '2021-04-20 20:00',
    steps: [['RESOLVED', '2021-04-28 15:00']],
  }, // closed in April: not in May
  {
    name: 'D4',
    unit: '018',
    procedure: '1.002',
    channel: 'POST',
    received: '2021-04-29 14:00',
    steps: [['WITHDRAWN', '2021-05-04 10:00']],
  },
  {
    name: 'D19',
    unit: '018',
    procedure: '1.002',
    channel: 'IN_PERSON',
    received: '2021-04-22 09:00',
    steps: [['RESOLVED', '2021-05-04 11:00']],
  }, // due 27 Apr: l, 6
  {
    name: 'D20',
    unit: '018',
    procedure: '1.001',
    channel: 'IN_PERSON',
    received: '2021-04-27 09:00',
    steps: [['RESOLVED', '2021-06-02 09:00']],
  }, // due 6 May: O
  // received in May
  {
    name: 'D5',
    unit: '018',
    procedure: '1.001',
    channel: 'IN_PERSON',
    received: '2021-05-04 09:00',
    steps: [['RESOLVED', '2021-05-07 10:00']],
  }, // due 11 May: e, 3
  {
    name: 'D6',
    unit: '018',
    procedure: '1.001',
    channel: 'ONLINE',
    received: '2021-05-02 21:00',
    steps: [['RESOLVED', '2021-05-10 23:59']],
  }, // due 10 May: d at the end of the due day, 5
  {
    name: 'D7',
    unit: '018',
    procedure: '1.001',
    channel: 'ONLINE',
    received: '2021-05-05 10:00',
    steps: [['RESOLVED', '2021-05-13 08:00']],
  }, // due 12 May: l the next working day, 6
  {
    name: 'D8',
    unit: '018',
    procedure: '1.002',
    channel: 'IN_PERSON',
    received: '2021-05-10 09:00',
    steps: [
      ['AWAITING_SUPPLEMENT', '2021-05-11 10:00'],
      ['IN_PROGRESS', '2021-05-13 09:00'],
      ['RESOLVED', '2021-05-17 15:00'],
    ],
  }, // due 13 May + 2 paused = 17 May: d, 5 - 2 = 3
  {
    name: 'D9',
    unit: '018',
    procedure: '1.002',
    channel: 'IN_PERSON',
    received: '2021-05-10 10:00',
    steps: [
      ['AWAITING_SUPPLEMENT', '2021-05-11 10:00'],
      ['IN_PROGRESS', '2021-05-12 09:00'],
      ['AWAITING_SUPPLEMENT', '2021-05-13 09:00'],
      ['IN_PROGRESS', '2021-05-14 08:00'],
      ['RESOLVED', '2021-05-14 16:00'],
    ],
  }, // due 17 May, resolved before it but two supplements: l, 4 - 2 = 2
  {
    name: 'D10',
    unit: '018',
    procedure: '1.002',
    channel: 'ONLINE',
    received: '2021-05-17 08:30',
    steps: [['DENIED', '2021-05-18 10:00']],
  },
  { name: 'D11', unit: '018', procedure: '1.001', channel: 'IN_PERSON', received: '2021-05-24 09:00', steps: [] }, // due 31 May: W
  {
    name: 'D12',
    unit: '018',
    procedure: '1.002',
    channel: 'IN_PERSON',
    received: '2021-05-24 09:30',
    steps: [['RESOLVED', '2021-06-02 10:00']],
  }, // due 27 May: O
  { name: 'D13', unit: '018', procedure: '1.002', channel: 'ONLINE', received: '2021-05-31 23:30', steps: [] }, // May in every zone; due 3 June: W
  {
    name: 'D14',
    unit: '018',
    procedure: '1.001',
    channel: 'POST',
    received: '2021-05-20 09:00',
    steps: [['AWAITING_SUPPLEMENT', '2021-05-26 10:00']],
  }, // due 27 May, paused: W
  {
    name: 'D15',
    unit: '018',
    procedure: '1.001',
    channel: 'IN_PERSON',
    received: '2021-05-06 09:00',
    steps: [
      ['RESOLVED', '2021-05-13 11:00'],
      ['RETURNED', '2021-05-14 09:00'],
    ],
  }, // due 13 May: d, 5
  {
    name: 'D16',
    unit: '018',
    procedure: '1.002',
    channel: 'IN_PERSON',
    received: '2021-05-12 08:00',
    steps: [['RESOLVED', '2021-05-12 16:00']],
  }, // due 17 May: e, 0
  {
    name: 'D17',
    unit: '018',
    procedure: '1.001',
    channel: 'IN_PERSON',
    received: '2021-05-11 09:00',
    steps: [['RESOLVED', '2021-05-18 09:00']],
  }, // due 18 May: d, 5
  {
    name: 'D18',
    unit: '018',
    procedure: '1.002',
    channel: 'ONLINE',
    received: '2021-05-14 22:00',
    steps: [['RESOLVED', '2021-05-17 10:00']],
  }, // due 19 May: e, 1
];

const COMMUNE: FixtureDossier[] = [
  {
    name: 'C1',
    unit: '00583',
    procedure: '2.001',
    channel: 'IN_PERSON',
    received: '2021-05-04 08:00',
    steps: [['RESOLVED', '2021-05-05 09:00']],
  }, // due 5 May: d, 1
  {
    name: 'C2',
    unit: '00583',
    procedure: '2.001',
    channel: 'ONLINE',
    received: '2021-05-01 10:00',
    steps: [['RESOLVED', '2021-05-04 09:00']],
  }, // due 4 May: d, 1
  {
    name: 'C3',
    unit: '00583',
    procedure: '2.002',
    channel: 'IN_PERSON',
    received: '2021-05-04 09:00',
    steps: [['RESOLVED', '2021-05-05 09:00']],
  }, // due 6 May: e, 1
  {
    name: 'C4',
    unit: '00565',
    procedure: '2.002',
    channel: 'IN_PERSON',
    received: '2021-05-27 09:00',
    steps: [['RESOLVED', '2021-06-01 09:00']],
  }, // due 31 May: W
  {
    name: 'C5',
    unit: '00565',
    procedure: '2.001',
    channel: 'ONLINE',
    received: '2021-04-29 20:00',
    steps: [['RESOLVED', '2021-05-04 10:00']],
  }, // carried, due 4 May: d, 1
  {
    name: 'C6',
    unit: '00565',
    procedure: '2.001',
    channel: 'IN_PERSON',
    received: '2021-05-10 09:00',
    steps: [['RESOLVED', '2021-05-12 09:00']],
  }, // due 11 May: l, 2
  {
    name: 'C7',
    unit: '00565',
    procedure: '2.002',
    channel: 'IN_PERSON',
    received: '2021-05-18 09:00',
    steps: [['WITHDRAWN', '2021-05-18 11:00']],
  },
  {
    name: 'C8',
    unit: '00583',
    procedure: '2.002',
    channel: 'POST',
    received: '2021-05-19 09:00',
    steps: [['DENIED', '2021-05-20 09:00']],
  },
  {
    name: 'C9',
    unit: '00583',
    procedure: '2.001',
    channel: 'IN_PERSON',
    received: '2021-04-26 09:00',
    steps: [['RESOLVED', '2021-04-27 09:00']],
  }, // closed in April
  { name: 'C10', unit: '00565', procedure: '2.001', channel: 'ONLINE', received: '2021-05-31 23:30', steps: [] }, // due 1 June: W
];

const FIGURES = `receivedNew carriedOver handled receivedOnline receivedInPerson receivedByPost resolved resolvedEarly resolvedOnDueDay
  resolvedLate inProgress inProgressWithinDeadline inProgressOverdue denied withdrawn onTimeRate onTimeRate766 onlineShare
  resolvedWorkingDays averageProcessingDays`;
const ROWS = `key { unitCode level sector procedureCode channel month } figures { ${FIGURES} }`;

const NO_KEY = { unitCode: null, level: null, sector: null, procedureCode: null, channel: null, month: null };
const DISTRICT_MAY = {
  receivedNew: 14,
  carriedOver: 5,
  handled: 19,
  receivedOnline: 5,
  receivedInPerson: 8,
  receivedByPost: 1,
  resolved: 12,
  resolvedEarly: 3,
  resolvedOnDueDay: 5,
  resolvedLate: 4,
  inProgress: 5,
  inProgressWithinDeadline: 3,
  inProgressOverdue: 2,
  denied: 1,
  withdrawn: 1,
  onTimeRate: 66.67,
  onTimeRate766: 57.89,
  onlineShare: 35.71,
  resolvedWorkingDays: 45,
  averageProcessingDays: 3.75,
};
const COMMUNE_MAY = {
  receivedNew: 8,
  carriedOver: 1,
  handled: 9,
  receivedOnline: 2,
  receivedInPerson: 5,
  receivedByPost: 1,
  resolved: 5,
  resolvedEarly: 1,
  resolvedOnDueDay: 3,
  resolvedLate: 1,
  inProgress: 2,
  inProgressWithinDeadline: 2,
  inProgressOverdue: 0,
  denied: 1,
  withdrawn: 1,
  onTimeRate: 80,
  onTimeRate766: 66.67,
  onlineShare: 25,
  resolvedWorkingDays: 6,
  averageProcessingDays: 1.2,
};
const TOTAL_MAY = {
  receivedNew: 22,
  carriedOver: 6,
  handled: 28,
  receivedOnline: 7,
  receivedInPerson: 13,
  receivedByPost: 2,
  resolved: 17,
  resolvedEarly: 4,
  resolvedOnDueDay: 8,
  resolvedLate: 5,
  inProgress: 7,
  inProgressWithinDeadline: 5,
  inProgressOverdue: 2,
  denied: 2,
  withdrawn: 2,
  onTimeRate: 70.59,
  onTimeRate766: 60.71,
  onlineShare: 31.82,
  resolvedWorkingDays: 51,
  averageProcessingDays: 3,
};

describe('a hand-computed fixture of 30 dossiers', () => {
  let supergraph: RunningSupergraph;
  let districtCodes: Map<string, string>;
  const districtDb = testDatabase('district', 'h3fixture');

  beforeAll(async () => {
    await seedVariant(districtDb, districtSubgraph, async (ds) => {
      districtCodes = await seedFixtureDistrict(ds, DISTRICT);
    });
    const communeDb = testDatabase('commune', 'h3fixture');
    await seedVariant(communeDb, communeSubgraph, (ds) => seedFixtureCommune(ds, COMMUNE).then(() => undefined));
    supergraph = await startSupergraph({ district: districtDb, commune: communeDb });
  });
  afterAll(() => supergraph?.stop());

  async function breakdown(from: string, to: string, args: string) {
    const response = await supergraph.queryGateway(`{ district(code: "018") { report(from: "${from}", to: "${to}") {
      breakdown(${args}) { districtLevel { ${ROWS} } communeLevel { ${ROWS} } total { ${ROWS} } } } } }`);
    expect(response.body.errors).toBeUndefined();
    return response.body.data.district.report.breakdown;
  }

  test('May 2021 at each level and in total, in one request', async () => {
    const b = await breakdown('2021-05-01', '2021-05-31', 'by: []');
    expect(b.districtLevel).toEqual([{ key: NO_KEY, figures: DISTRICT_MAY }]);
    expect(b.communeLevel).toEqual([{ key: NO_KEY, figures: COMMUNE_MAY }]);
    expect(b.total).toEqual([{ key: NO_KEY, figures: TOTAL_MAY }]);
  });

  test('by unit at commune level', async () => {
    const b = await breakdown('2021-05-01', '2021-05-31', 'by: [UNIT]');
    const pick = (r: any) => [
      r.key.unitCode,
      r.figures.carriedOver,
      r.figures.receivedNew,
      r.figures.resolvedEarly,
      r.figures.resolvedOnDueDay,
      r.figures.resolvedLate,
      r.figures.inProgressWithinDeadline,
      r.figures.inProgressOverdue,
      r.figures.denied,
      r.figures.withdrawn,
    ];
    expect(b.communeLevel.map(pick)).toEqual([
      ['00565', 1, 4, 0, 1, 1, 2, 0, 0, 1],
      ['00583', 0, 4, 1, 2, 0, 0, 0, 1, 0],
    ]);
    expect(b.total.map((r: any) => r.key.unitCode)).toEqual(['00565', '00583', '018']);
  });

  test('by channel in total', async () => {
    const b = await breakdown('2021-05-01', '2021-05-31', 'by: [CHANNEL]');
    const pick = (r: any) => [
      r.key.channel,
      r.figures.receivedNew,
      r.figures.carriedOver,
      r.figures.resolved,
      r.figures.denied,
      r.figures.withdrawn,
      r.figures.inProgress,
    ];
    expect(b.total.map(pick)).toEqual([
      ['IN_PERSON', 13, 4, 12, 0, 1, 4],
      ['ONLINE', 7, 1, 5, 1, 0, 2],
      ['POST', 2, 1, 0, 1, 1, 1],
    ]);
  });

  test('by level and sector, filtered to two sectors', async () => {
    const b = await breakdown(
      '2021-05-01',
      '2021-05-31',
      'by: [LEVEL, SECTOR], filter: { sectors: ["Hộ tịch", "Kinh doanh"] }',
    );
    const pick = (r: any) => [
      r.key.level,
      r.key.sector,
      r.figures.handled,
      r.figures.resolvedEarly,
      r.figures.resolvedOnDueDay,
      r.figures.resolvedLate,
    ];
    // Kinh doanh (1.002): D2 l, D4, D19 l, D8 d, D9 l, D10, D12, D13, D16 e, D18 e. Hộ tịch (2.001): C1 d, C2 d, C5 d, C6 l, C10.
    expect(b.total.map(pick)).toEqual([
      ['COMMUNE', 'Hộ tịch', 5, 0, 3, 1],
      ['DISTRICT', 'Kinh doanh', 10, 2, 1, 3],
    ]);
  });

  test('by month: April and May at district level, stocks carried from one month to the next', async () => {
    const b = await breakdown('2021-04-01', '2021-05-31', 'by: [MONTH]');
    const pick = (r: any) => [
      r.key.month,
      r.figures.receivedNew,
      r.figures.carriedOver,
      r.figures.resolved,
      r.figures.inProgressWithinDeadline,
      r.figures.inProgressOverdue,
    ];
    // April: D1 D2 D3 D4 D19 D20 received; D3 resolved; open on 30 April: D19 overdue (due 27 April), the rest within.
    expect(b.districtLevel.map(pick)).toEqual([
      ['2021-04', 6, 0, 1, 4, 1],
      ['2021-05', 14, 5, 12, 3, 2],
    ]);
  });

  test('the rules at their edges, read back from the dossier rows', async () => {
    const ds = await openDatabase(districtDb, districtSubgraph);
    try {
      const row = async (name: string) =>
        (await ds.getRepository(DossierEntity).findOneBy({ code: districtCodes.get(name)! }))!;
      // Received 23:30 on 31 May, Hà Nội time: a May dossier, due three working days later.
      expect(await row('D13')).toMatchObject({ receivedOn: '2021-05-31', dueOn: '2021-06-03', status: 'RECEIVED' });
      expect(districtCodes.get('D13')).toMatch(/^018-210531-\d{4}$/);
      // 5 working days from 26 April skip 30 April - 3 May.
      expect(await row('D1')).toMatchObject({ dueOn: '2021-05-05', status: 'RESOLVED', processingDays: 5 });
      // A supplement paused 12-13 May: the due day moves from 13 to 17 May.
      expect(await row('D8')).toMatchObject({
        dueOn: '2021-05-17',
        pausedDays: 2,
        supplementCount: 1,
        resolvedOn: '2021-05-17',
      });
      expect(await row('D9')).toMatchObject({
        supplementCount: 2,
        pausedDays: 2,
        dueOn: '2021-05-17',
        resolvedOn: '2021-05-14',
      });
      expect(await row('D15')).toMatchObject({ status: 'RETURNED', closedOn: '2021-05-13' });
      // The personal data is stored (and has no field in the schema: see dossierLists.test.ts).
      expect((await row('D5')).applicantIdNumber).toBe('001099012345');
    } finally {
      await ds.destroy();
    }
  });
});
