import {
  deriveVersion,
  scoreFacts,
  scorecardVersion,
  SCORECARD_VERSIONS,
  versionForPeriod,
  VERSION_766_2022,
} from '../../subgraphs/desk/scorecard';
import { ErrorCode } from '../../subgraphs/shared/errors';
import { yenVien00526 } from './fixture';

// A hypothetical revision: online dossiers must reach 60 % (not 50 %) for full points, and
// procedures offered online 90 % (not 80 %).
const v2 = deriveVersion(VERSION_766_2022, {
  id: '766-v2-test',
  effectiveFrom: '2025-01-01',
  description: 'test revision of thresholds',
  fullAtPercent: { 'G3.3': 60, 'G3.1': 90 },
});
const versions = [...SCORECARD_VERSIONS, v2];

describe('versions of the formula table', () => {
  test('a revised formula scores the same facts differently while 766-2022 stays as it was', () => {
    const before = scoreFacts(VERSION_766_2022, yenVien00526);
    const after = scoreFacts(v2, yenVien00526);
    const g3 = (card: typeof before) => card.groups[2].metrics.map((m) => [m.code, m.points]);
    // v1: G3.1 2 × 0.6757/0.8 = 1.69; G3.3 50 % ≥ 50 % = 6
    expect(g3(before)).toEqual([
      ['G3.1', 1.69],
      ['G3.2', 1.6],
      ['G3.3', 6],
    ]);
    // v2: G3.1 2 × 100/148/0.9 = 1.5015 -> 1.50; G3.3 6 × 0.5/0.6 = 5.00
    expect(g3(after)).toEqual([
      ['G3.1', 1.5],
      ['G3.2', 1.6],
      ['G3.3', 5],
    ]);
    expect([before.version, before.points]).toEqual(['766-2022', 68.94]);
    expect([after.version, after.points]).toEqual(['766-v2-test', 67.75]); // 68.94 − 0.19 − 1.00
    // Scoring again with v1 after v2 exists gives the same figures: nothing was edited.
    expect(scoreFacts(scorecardVersion('766-2022', versions), yenVien00526)).toEqual(before);
    expect(Object.isFrozen(VERSION_766_2022.groups[2].metrics[2].rule)).toBe(true);
  });

  test('each period is scored with the version in effect; 2021 with the first, flagged retroactive', () => {
    expect(versionForPeriod('2021-05-01', versions)).toEqual({ version: VERSION_766_2022, retroactive: true });
    expect(versionForPeriod('2022-07-01', versions)).toEqual({ version: VERSION_766_2022, retroactive: false });
    expect(versionForPeriod('2024-12-01', versions).version.id).toBe('766-2022');
    expect(versionForPeriod('2025-01-01', versions).version.id).toBe('766-v2-test');
  });

  test('unknown versions and impossible revisions are refused with BAD_USER_INPUT', () => {
    expect(() => scorecardVersion('766-1999')).toThrow('unknown scorecard version "766-1999"; known: 766-2022');
    const change = { id: 'x', effectiveFrom: '2026-01-01', description: 'x' };
    const attempts = [
      () => deriveVersion(VERSION_766_2022, { ...change, id: '766-2022' }),
      () => deriveVersion(VERSION_766_2022, { ...change, fullAtPercent: { 'G2.1': 90 } }),
      () => deriveVersion(VERSION_766_2022, { ...change, fullAtPercent: { 'G9.9': 90 } }),
      () => deriveVersion(VERSION_766_2022, { ...change, fullAtPercent: { 'G3.3': 0 } }),
    ];
    const messages = attempts.map((attempt) => {
      try {
        attempt();
        return 'no error';
      } catch (error) {
        expect(error).toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
        return (error as Error).message;
      }
    });
    expect(messages).toEqual([
      'a new version needs a new id, not "766-2022"',
      'metric G2.1 has no "full at" threshold to change',
      'no metric G9.9 in 766-2022',
      'version x: metric G3.3: full-at threshold 0 % must be a whole percentage from 1 to 100',
    ]);
  });
});
