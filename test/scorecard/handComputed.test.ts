import { scoreFacts, sumFacts, VERSION_766_2022, type Scorecard } from '../../subgraphs/desk/scorecard';
import { district018, yenThuong00529, yenVien00526 } from './fixture';

/** [code, numerator, denominator, ratio, points] for every metric, in table order. */
type Row = [string, number, number, number | null, number];

function rows(card: Scorecard): Row[] {
  return card.groups.flatMap((g) => g.metrics.map((m): Row => [m.code, m.numerator, m.denominator, m.ratio, m.points]));
}
function groupPoints(card: Scorecard): Record<string, number> {
  return Object.fromEntries(card.groups.map((g) => [g.code, g.points]));
}

describe('Decision 766 scorecard, May 2023, worked by hand', () => {
  test('Gia Lâm district desk (018): 83.24 of 100', () => {
    const card = scoreFacts(VERSION_766_2022, district018);
    expect(rows(card)).toEqual<Row[]>([
      ['G1.1', 9, 10, 0.9, 5.4], //         6 × 9/10
      ['G1.2', 7, 8, 0.875, 3.5], //        4 × 7/8
      ['G1.3', 255, 262, 0.9733, 1.95], //  2 × 255/262 = 1.9466
      ['G1.4', 1180, 1200, 0.9833, 5.9], // 6 × 1180/1200
      ['G2.1', 1140, 1150, 0.9913, 19.83], // 20 × 1140/1150 = 19.8261
      ['G3.1', 200, 262, 0.7634, 1.91], //  full at 80 %: 2 × 0.7634/0.8 = 1.9084
      ['G3.2', 150, 200, 0.75, 3], //       4 × 0.75
      ['G3.3', 540, 1200, 0.45, 5.4], //    full at 50 %: 6 × 0.45/0.5
      ['G4.1', 90, 100, 0.9, 2], //         90 % ≥ 80 %: full
      ['G4.2', 45, 90, 0.5, 1], //          2 × 0.5
      ['G4.3', 300, 400, 0.75, 4.5], //     6 × 0.75
      ['G5.1', 700, 1000, 0.7, 4.2], //     6 × 0.7
      ['G5.2', 1020, 1200, 0.85, 4], //     85 % ≥ 80 %: full
      ['G5.3', 0, 0, null, 0], //           no certification dossiers: N/A, 0 points
      ['G5.4', 600, 1200, 0.5, 1.25], //    full at 80 %: 2 × 0.5/0.8
      ['G5.5', 300, 1200, 0.25, 1], //      4 × 0.25
      ['G5.6', 100, 200, 0.5, 1], //        2 × 0.5
      ['G5.7', 900, 1200, 0.75, 1.5], //    2 × 0.75
      ['G6.1', 1110, 1150, 0.9652, 6], //   (1140 on time − 30 disliked)/1150 = 96.5 % ≥ 90 %: full
      ['G6.2', 9, 10, 0.9, 5.4], //         6 × 0.9
      ['G6.3', 9, 12, 0.75, 4.5], //        (12 − 3 dissatisfied or overdue)/12; 6 × 0.75
      ['G6.4', 12, 12, 1, 0], //            classified: counted, no points
      ['G6.5', 0, 12, 0, 0], //             F15: no complaint about dissatisfaction
    ]);
    // 5.4+3.5+1.95+5.9 | 19.83 | 1.91+3+5.4 | 2+1+4.5 | 4.2+4+0+1.25+1+1+1.5 | 6+5.4+4.5
    expect(groupPoints(card)).toEqual({ G1: 16.75, G2: 19.83, G3: 10.31, G4: 7.5, G5: 12.95, G6: 15.9 });
    expect(card.points).toBe(83.24);
    expect(card.maximum).toBe(100);
    expect(card.version).toBe('766-2022');
    expect(card.groups[4].metrics[2].applicable).toBe(false);
  });

  test('Yên Viên town (00526): 68.94 of 100, with thresholds met exactly', () => {
    const card = scoreFacts(VERSION_766_2022, yenVien00526);
    expect(rows(card)).toEqual<Row[]>([
      ['G1.1', 6, 8, 0.75, 4.5],
      ['G1.2', 3, 4, 0.75, 3],
      ['G1.3', 140, 148, 0.9459, 1.89], //  2 × 140/148 = 1.8919
      ['G1.4', 400, 500, 0.8, 4.8],
      ['G2.1', 440, 480, 0.9167, 18.33], // 20 × 440/480 = 18.333
      ['G3.1', 100, 148, 0.6757, 1.69], //  2 × 0.6757/0.8 = 1.6892
      ['G3.2', 40, 100, 0.4, 1.6],
      ['G3.3', 250, 500, 0.5, 6], //        exactly 50 %: full
      ['G4.1', 16, 20, 0.8, 2], //          exactly 80 %: full
      ['G4.2', 4, 16, 0.25, 0.5],
      ['G4.3', 30, 120, 0.25, 1.5],
      ['G5.1', 150, 300, 0.5, 3],
      ['G5.2', 350, 500, 0.7, 3.5], //      4 × 0.7/0.8
      ['G5.3', 20, 80, 0.25, 0.5],
      ['G5.4', 100, 500, 0.2, 0.5], //      2 × 0.2/0.8
      ['G5.5', 50, 500, 0.1, 0.4],
      ['G5.6', 30, 120, 0.25, 0.5],
      ['G5.7', 200, 500, 0.4, 0.8],
      ['G6.1', 420, 480, 0.875, 5.83], //   (440 − 20)/480 = 87.5 % < 90 %: 6 × 0.875/0.9 = 5.8333
      ['G6.2', 3, 4, 0.75, 4.5],
      ['G6.3', 3, 5, 0.6, 3.6], //          (5 − 2)/5
      ['G6.4', 4, 5, 0.8, 0],
      ['G6.5', 1, 5, 0.2, 0], //            one complaint about dissatisfaction
    ]);
    expect(groupPoints(card)).toEqual({ G1: 14.19, G2: 18.33, G3: 9.29, G4: 4, G5: 9.2, G6: 13.93 });
    expect(card.points).toBe(68.94);
  });

  test('Yên Thường commune (00529): 59.53 of 100, with nothing due in five metrics', () => {
    const card = scoreFacts(VERSION_766_2022, yenThuong00529);
    expect(rows(card)).toEqual<Row[]>([
      ['G1.1', 8, 8, 1, 6],
      ['G1.2', 4, 4, 1, 4],
      ['G1.3', 148, 148, 1, 2],
      ['G1.4', 300, 300, 1, 6],
      ['G2.1', 290, 290, 1, 20],
      ['G3.1', 148, 148, 1, 2],
      ['G3.2', 37, 148, 0.25, 1],
      ['G3.3', 60, 300, 0.2, 2.4], //       6 × 0.2/0.5
      ['G4.1', 0, 20, 0, 0],
      ['G4.2', 0, 0, null, 0], //           no procedure offers online payment: N/A
      ['G4.3', 0, 50, 0, 0],
      ['G5.1', 100, 300, 0.3333, 2],
      ['G5.2', 300, 300, 1, 4],
      ['G5.3', 1, 16, 0.0625, 0.13], //     2 × 1/16 = 0.125, rounded half up
      ['G5.4', 240, 300, 0.8, 2],
      ['G5.5', 0, 300, 0, 0],
      ['G5.6', 60, 120, 0.5, 1],
      ['G5.7', 150, 300, 0.5, 1],
      ['G6.1', 290, 290, 1, 6],
      ['G6.2', 0, 0, null, 0], //           no feedback: N/A
      ['G6.3', 0, 0, null, 0],
      ['G6.4', 0, 0, null, 0],
      ['G6.5', 0, 0, null, 0],
    ]);
    expect(groupPoints(card)).toEqual({ G1: 18, G2: 20, G3: 5.4, G4: 0, G5: 10.13, G6: 6 });
    expect(card.points).toBe(59.53);
  });

  test('the three desks pooled (facts added, ratios recomputed): 78.66, not the 70.57 average', () => {
    const card = scoreFacts(VERSION_766_2022, sumFacts([district018, yenVien00526, yenThuong00529]));
    expect(rows(card)).toEqual<Row[]>([
      ['G1.1', 23, 26, 0.8846, 5.31], //     9+6+8 / 10+8+8; 6 × 23/26 = 5.3077
      ['G1.2', 14, 16, 0.875, 3.5], //       7+3+4 / 8+4+4
      ['G1.3', 543, 558, 0.9731, 1.95], //   2 × 543/558 = 1.9462
      ['G1.4', 1880, 2000, 0.94, 5.64],
      ['G2.1', 1870, 1920, 0.974, 19.48], // 20 × 1870/1920 = 19.4792
      ['G3.1', 448, 558, 0.8029, 2], //      80.3 % ≥ 80 %: full
      ['G3.2', 227, 448, 0.5067, 2.03], //   4 × 227/448 = 2.0268
      ['G3.3', 850, 2000, 0.425, 5.1], //    6 × 0.425/0.5
      ['G4.1', 106, 140, 0.7571, 1.89], //   2 × 0.7571/0.8 = 1.8929
      ['G4.2', 49, 106, 0.4623, 0.92], //    2 × 49/106 = 0.9245
      ['G4.3', 330, 570, 0.5789, 3.47], //   6 × 330/570 = 3.4737
      ['G5.1', 950, 1600, 0.5938, 3.56], //  6 × 950/1600 = 3.5625 (ratio 0.59375 half up)
      ['G5.2', 1670, 2000, 0.835, 4],
      ['G5.3', 21, 96, 0.2188, 0.44], //     2 × 21/96 = 0.4375
      ['G5.4', 940, 2000, 0.47, 1.18], //    2 × 0.47/0.8 = 1.175, half up
      ['G5.5', 350, 2000, 0.175, 0.7],
      ['G5.6', 190, 440, 0.4318, 0.86], //   2 × 190/440 = 0.8636
      ['G5.7', 1250, 2000, 0.625, 1.25],
      ['G6.1', 1820, 1920, 0.9479, 6], //    (1870 − 50)/1920 ≥ 90 %
      ['G6.2', 12, 14, 0.8571, 5.14], //     6 × 12/14 = 5.1429
      ['G6.3', 12, 17, 0.7059, 4.24], //     (17 − 5)/17; 6 × 12/17 = 4.2353
      ['G6.4', 16, 17, 0.9412, 0],
      ['G6.5', 1, 17, 0.0588, 0],
    ]);
    expect(groupPoints(card)).toEqual({ G1: 16.4, G2: 19.48, G3: 9.13, G4: 6.28, G5: 11.99, G6: 15.38 });
    expect(card.points).toBe(78.66);
  });
});
