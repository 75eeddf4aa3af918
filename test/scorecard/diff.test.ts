import { diffScorecards, emptyFacts, scoreFacts, VERSION_766_2022 } from '../../subgraphs/desk/scorecard';
import { yenVien00526 } from './fixture';

describe('change against the previous period', () => {
  // April 2023 at Yên Viên: the May facts with fewer online dossiers and more dossiers late.
  const april = { ...yenVien00526, dossiersReceivedOnline: 200, dossiersOnTime: 470, dossiersDue: 480 };
  const may = scoreFacts(VERSION_766_2022, yenVien00526);

  test('metric, group and total changes are the differences of the 2-decimal figures', () => {
    const previous = scoreFacts(VERSION_766_2022, april);
    // April: G2.1 20 × 470/480 = 19.5833 -> 19.58; G3.3 6 × 0.4/0.5 = 4.80;
    // G6.1 (470 − 20)/480 = 93.75 % ≥ 90 %: 6. May: 18.33, 6, 5.83 (handComputed.test.ts).
    const change = diffScorecards(may, previous);
    const byCode = Object.fromEntries(change.metrics.map((m) => [m.code, m]));
    expect(byCode['G2.1']).toEqual({
      code: 'G2.1',
      points: 18.33,
      previousPoints: 19.58,
      pointsChange: -1.25,
      ratioChange: -0.0625,
    });
    expect(byCode['G3.3']).toEqual({
      code: 'G3.3',
      points: 6,
      previousPoints: 4.8,
      pointsChange: 1.2,
      ratioChange: 0.1,
    });
    expect(byCode['G6.1']).toMatchObject({ points: 5.83, previousPoints: 6, pointsChange: -0.17 });
    expect(byCode['G1.1']).toMatchObject({ pointsChange: 0, ratioChange: 0 });
    expect(change.groups.find((g) => g.code === 'G2')).toEqual({
      code: 'G2',
      points: 18.33,
      previousPoints: 19.58,
      pointsChange: -1.25,
    });
    // April total 68.94 + 1.25 − 1.2 + 0.17 = 69.16
    expect(previous.points).toBe(69.16);
    expect(change.pointsChange).toBe(-0.22);
    expect(change.versionChanged).toBe(false);
  });

  test('against a period with nothing due, ratio changes are null and points change by the whole', () => {
    const change = diffScorecards(may, scoreFacts(VERSION_766_2022, emptyFacts()));
    const g11 = change.metrics.find((m) => m.code === 'G1.1');
    expect(g11).toEqual({ code: 'G1.1', points: 4.5, previousPoints: 0, pointsChange: 4.5, ratioChange: null });
    expect(change.pointsChange).toBe(68.94);
  });
});
