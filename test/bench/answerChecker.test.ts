import { AnswerChecker } from '../../bench/answerChecker';
import { normaliseAnswer } from '../../bench/normaliseAnswer';

describe("the bench checks every gateway's answers", () => {
  test('key order and spacing do not matter; values, list order and extra keys do', () => {
    const ours = '{"data":{"a":1,"b":[{"x":1,"y":2}]}}';
    expect(normaliseAnswer('{ "data": { "b": [ { "y": 2, "x": 1 } ], "a": 1 } }')).toBe(normaliseAnswer(ours));
    expect(normaliseAnswer('{"data":{"a":2,"b":[{"x":1,"y":2}]}}')).not.toBe(normaliseAnswer(ours));
    expect(normaliseAnswer('{"data":{"a":1,"b":[{"y":2},{"x":1}]}}')).not.toBe(normaliseAnswer(ours));
    expect(normaliseAnswer('{"data":{"a":1,"b":[{"x":1,"y":2}]},"extensions":{}}')).not.toBe(normaliseAnswer(ours));
  });

  test('errors, other statuses and an answer that changes during a run are failures; the same answer again is good', () => {
    const checker = new AnswerChecker();
    expect(checker.check(0, 200, '{"errors":[{"message":"x","extensions":{"code":"BAD_USER_INPUT"}}]}')).toBe(
      'error BAD_USER_INPUT',
    );
    expect(checker.check(0, 503, 'down')).toBe('HTTP 503');
    expect(checker.check(0, 200, '{"data":{"a":1,"b":2}}')).toBeNull();
    expect(checker.check(0, 200, '{"data":{"a":1,"b":2}}')).toBeNull();
    expect(checker.check(0, 200, '{"data":{"b":2,"a":1}}')).toBeNull();
    expect(checker.check(0, 200, '{"data":{"a":1,"b":3}}')).toBe('answer changed during the run');
    expect(checker.check(1, 200, '{"data":{"a":9}}')).toBeNull();
    expect(checker.tallies[0].count).toBe(3);
    expect(checker.tallies[1].count).toBe(1);
    expect(checker.tallies[0].hash).not.toBe(checker.tallies[1].hash);
  });
});
