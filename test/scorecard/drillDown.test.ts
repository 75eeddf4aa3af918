import { drillDown, VERSION_766_2022, type DrillItem } from '../../subgraphs/desk/scorecard';
import { ErrorCode } from '../../subgraphs/shared/errors';

const dossier = (procedureCode: string, dossierId: string, facts: DrillItem['facts']): DrillItem => ({
  procedureCode,
  dossierId,
  facts,
});
const fee = (paid: boolean) => ({ dossiersFeeBearing: 1, dossiersPaidOnline: paid ? 1 : 0 });

describe('drill-down: which procedures and dossiers cost a metric its points', () => {
  test('G4.3 fee-bearing dossiers paid online: the lost points split by shortfall, dossiers named', () => {
    const items = [
      dossier('1.001193', 'YV-01', fee(true)),
      dossier('1.001193', 'YV-02', fee(false)),
      dossier('1.001193', 'YV-03', fee(false)),
      dossier('2.000635', 'YV-04', fee(true)),
      dossier('2.000635', 'YV-05', fee(true)),
      dossier('1.003005', 'YV-06', fee(false)),
      dossier('1.003005', 'YV-07', fee(false)),
      dossier('1.000656', 'YV-08', {}), // no fee: not in this metric
    ];
    const result = drillDown(VERSION_766_2022, 'G4.3', items);
    // 3 of 7 paid online: 6 × 3/7 = 2.5714 -> 2.57, so 3.43 lost; 2 short each -> 1.715 each,
    // the odd cent to the first in order (largest shortfall, then procedure code).
    expect(result).toEqual({
      metric: 'G4.3',
      points: 2.57,
      maximum: 6,
      pointsLost: 3.43,
      unattributedPointsLost: 0,
      procedures: [
        {
          procedureCode: '1.001193',
          numerator: 1,
          denominator: 3,
          shortfall: 2,
          pointsLost: 1.72,
          dossiers: ['YV-02', 'YV-03'],
        },
        {
          procedureCode: '1.003005',
          numerator: 0,
          denominator: 2,
          shortfall: 2,
          pointsLost: 1.71,
          dossiers: ['YV-06', 'YV-07'],
        },
      ],
    });
  });

  test('G6.1: a dossier both late and disliked falls short twice, as the published formula counts it', () => {
    const items = [
      dossier('A', 'd1', { dossiersDue: 1, dossiersOnTime: 1 }),
      dossier('A', 'd2', { dossiersDue: 1, dossiersOnTime: 0, dossiersComplainedOrDisliked: 1 }),
      dossier('B', 'd3', { dossiersDue: 1, dossiersOnTime: 1, dossiersComplainedOrDisliked: 1 }),
      dossier('B', 'd4', { dossiersDue: 1, dossiersOnTime: 1 }),
    ];
    // (3 on time − 2 disliked)/4 = 25 %: 6 × 0.25/0.9 = 1.6667 -> 1.67; 4.33 lost, A short 2, B short 1.
    const result = drillDown(VERSION_766_2022, 'G6.1', items);
    expect(result.points).toBe(1.67);
    expect(result.procedures.map((p) => [p.procedureCode, p.shortfall, p.pointsLost, p.dossiers])).toEqual([
      ['A', 2, 2.89, ['d2']], // 433 × 2/3 = 288.67 -> 289 (largest remainder)
      ['B', 1, 1.44, ['d3']], // 433 × 1/3 = 144.33 -> 144
    ]);
  });

  test('above a "full at" threshold shortfalls cost nothing; with nothing due the loss is unattributed', () => {
    const online = drillDown(VERSION_766_2022, 'G3.3', [
      { procedureCode: 'A', facts: { dossiersReceived: 10, dossiersReceivedOnline: 6 } },
    ]);
    expect(online).toMatchObject({
      points: 6,
      pointsLost: 0,
      procedures: [{ procedureCode: 'A', shortfall: 4, pointsLost: 0, dossiers: [] }],
    });
    const nothingDue = drillDown(VERSION_766_2022, 'G4.2', [{ procedureCode: 'A', facts: {} }]);
    expect(nothingDue).toMatchObject({ points: 0, pointsLost: 2, unattributedPointsLost: 2, procedures: [] });
  });

  test('an unknown metric or a bad count is refused with BAD_USER_INPUT', () => {
    expect(() => drillDown(VERSION_766_2022, 'G7.1', [])).toThrow(
      expect.objectContaining({
        message: 'no metric G7.1 in version 766-2022',
        extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'metric' },
      }),
    );
    expect(() => drillDown(VERSION_766_2022, 'G4.3', [dossier('A', 'x', { dossiersFeeBearing: -1 })])).toThrow(
      expect.objectContaining({ extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'items' } }),
    );
  });
});
