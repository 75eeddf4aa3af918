import { parsePeriod, previousPeriod } from '../../subgraphs/desk/scorecard';
import { ErrorCode } from '../../subgraphs/shared/errors';

describe('scoring periods', () => {
  test('months, quarters and years as Hà Nội calendar-day windows', () => {
    expect(parsePeriod('MONTH', '2024-02')).toEqual({
      kind: 'MONTH',
      key: '2024-02',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(parsePeriod('QUARTER', '2021-Q2')).toEqual({
      kind: 'QUARTER',
      key: '2021-Q2',
      from: '2021-04-01',
      to: '2021-06-30',
    });
    expect(parsePeriod('YEAR', '2021')).toEqual({ kind: 'YEAR', key: '2021', from: '2021-01-01', to: '2021-12-31' });
  });

  test('the previous period crosses year ends', () => {
    expect(previousPeriod(parsePeriod('MONTH', '2022-01')).key).toBe('2021-12');
    expect(previousPeriod(parsePeriod('QUARTER', '2022-Q1')).key).toBe('2021-Q4');
    expect(previousPeriod(parsePeriod('QUARTER', '2022-Q3')).key).toBe('2022-Q2');
    expect(previousPeriod(parsePeriod('YEAR', '2022')).key).toBe('2021');
  });

  test('malformed keys are refused with BAD_USER_INPUT', () => {
    for (const [kind, key] of [
      ['MONTH', '2021-13'],
      ['QUARTER', '2021-Q5'],
      ['YEAR', '21'],
      ['MONTH', '2021-Q1'],
    ] as const) {
      expect(() => parsePeriod(kind, key)).toThrow(
        expect.objectContaining({ extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'period' } }),
      );
    }
  });
});
