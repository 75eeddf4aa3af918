import { ErrorCode } from '../../subgraphs/shared/errors';
import {
  emptyFacts,
  findMetric,
  scoreFacts,
  scoreMetric,
  versionProblems,
  VERSION_766_2022,
  type ScorecardVersion,
  type UnitFacts,
} from '../../subgraphs/desk/scorecard';

const v1 = VERSION_766_2022;
const metric = (code: string) => findMetric(v1, code)!;
const points = (code: string, facts: Partial<UnitFacts>) =>
  scoreMetric(v1, metric(code), { ...emptyFacts(), ...facts }).points;

describe('scoring rules of version 766-2022', () => {
  test('the table is sound: six groups, points adding up to 100, unique codes', () => {
    expect(versionProblems(v1)).toEqual([]);
    expect(v1.groups.map((g) => [g.code, g.maxPoints])).toEqual([
      ['G1', 18],
      ['G2', 20],
      ['G3', 12],
      ['G4', 10],
      ['G5', 22],
      ['G6', 18],
    ]);
  });

  test('"full at 80 %" (G3.1): 79 % scores below full, 80 % and 81 % score full', () => {
    // 2 × 0.79/0.8 = 1.975 -> 1.98 (half up)
    expect(points('G3.1', { proceduresOnline: 79, proceduresInForce: 100 })).toBe(1.98);
    expect(points('G3.1', { proceduresOnline: 80, proceduresInForce: 100 })).toBe(2);
    expect(points('G3.1', { proceduresOnline: 81, proceduresInForce: 100 })).toBe(2);
    // 799/1000 = 79.9 %: 2 × 0.799/0.8 = 1.9975 -> 2.00 after rounding, though not "full" by rule
    expect(points('G3.1', { proceduresOnline: 799, proceduresInForce: 1000 })).toBe(2);
    expect(points('G3.1', { proceduresOnline: 7989, proceduresInForce: 10000 })).toBe(2); // 1.99725 -> 2.00
    expect(points('G3.1', { proceduresOnline: 7979, proceduresInForce: 10000 })).toBe(1.99); // 1.99475 -> 1.99
  });

  test('"full at 50 %" (G3.3): 49 % scores 5.88, 50 % and 100 % score 6', () => {
    expect(points('G3.3', { dossiersReceivedOnline: 49, dossiersReceived: 100 })).toBe(5.88); // 6 × 0.49/0.5
    expect(points('G3.3', { dossiersReceivedOnline: 50, dossiersReceived: 100 })).toBe(6);
    expect(points('G3.3', { dossiersReceivedOnline: 100, dossiersReceived: 100 })).toBe(6);
    expect(points('G3.3', { dossiersReceivedOnline: 0, dossiersReceived: 100 })).toBe(0);
  });

  test('"full at 90 %" (G6.1) applies to on-time dossiers less those complained about or disliked', () => {
    // (95 − 6)/100 = 89 %: 6 × 0.89/0.9 = 5.9333 -> 5.93; (95 − 5)/100 = 90 %: full
    expect(points('G6.1', { dossiersOnTime: 95, dossiersComplainedOrDisliked: 6, dossiersDue: 100 })).toBe(5.93);
    expect(points('G6.1', { dossiersOnTime: 95, dossiersComplainedOrDisliked: 5, dossiersDue: 100 })).toBe(6);
    // More complaints than on-time dossiers: the published "100 % minus shares" floors at 0.
    const floored = scoreMetric(v1, metric('G6.1'), {
      ...emptyFacts(),
      dossiersOnTime: 2,
      dossiersComplainedOrDisliked: 5,
      dossiersDue: 10,
    });
    expect([floored.numerator, floored.ratio, floored.points]).toEqual([0, 0, 0]);
  });

  test('nothing due: ratio null, not applicable, 0 points; the total is still out of 100', () => {
    const card = scoreFacts(v1, emptyFacts());
    const all = card.groups.flatMap((g) => g.metrics);
    expect(all.every((m) => m.ratio === null && !m.applicable && m.points === 0)).toBe(true);
    expect([card.points, card.maximum]).toEqual([0, 100]);
  });

  test('a version that awards full points when nothing was due scores an empty unit 100', () => {
    const lenient: ScorecardVersion = { ...v1, id: 'lenient', zeroDenominator: 'FULL' };
    const card = scoreFacts(lenient, emptyFacts());
    expect(card.points).toBe(100);
    expect(card.groups.map((g) => g.points)).toEqual([18, 20, 12, 10, 22, 18]);
  });

  test('bad facts are refused with BAD_USER_INPUT, naming the fact or metric', () => {
    const cases: [Partial<UnitFacts>, RegExp][] = [
      [{ dossiersOnTime: 11, dossiersDue: 10 }, /G2\.1: dossiersOnTime \(11\) exceeds dossiersDue \(10\)/],
      [{ dossiersDue: -1 }, /dossiersDue must be a whole count/],
      [{ dossiersDue: 1.5 }, /dossiersDue must be a whole count/],
      [{ dossiersDue: Number.NaN }, /dossiersDue must be a whole count/],
    ];
    for (const [bad, message] of cases) {
      let caught: unknown;
      try {
        scoreFacts(v1, { ...emptyFacts(), ...bad });
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      });
    }
    const missing = { ...emptyFacts() } as Partial<UnitFacts>;
    delete missing.feedbackDue;
    expect(() => scoreFacts(v1, missing)).toThrow('fact feedbackDue is missing');
  });

  test('a table whose points do not add up is reported', () => {
    const [first, ...rest] = v1.groups;
    const broken: ScorecardVersion = {
      ...v1,
      groups: [{ ...first, metrics: [{ ...first.metrics[0], maxPoints: 7 }, ...first.metrics.slice(1)] }, ...rest],
    };
    expect(versionProblems(broken)).toEqual(['group G1: metrics add up to 19, the group is worth 18']);
  });
});
