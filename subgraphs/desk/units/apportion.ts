import { Fraction, compare, floorOf, remainderOf } from './fraction';

/**
 * Largest-remainder apportionment: each claimant gets the whole part of its exact quota, and the
 * units left over go one each to the largest remainders; equal remainders go in the claimants'
 * order. The quotas must add up to a whole number, which is then exactly the sum of the results.
 */
export function largestRemainder(quotas: readonly Fraction[]): number[] {
  const result = quotas.map((q) => floorOf(q));
  let total = 0n;
  let exact = { num: 0n, den: 1n } as Fraction;
  for (const q of quotas) {
    exact = { num: exact.num * q.den + q.num * exact.den, den: exact.den * q.den };
  }
  if (exact.num % exact.den !== 0n) throw new RangeError('largestRemainder: quotas must add up to a whole number');
  for (const r of result) total += r;
  let left = exact.num / exact.den - total;
  const order = quotas
    .map((q, index) => ({ index, rest: remainderOf(q) }))
    .sort((a, b) => compare(b.rest, a.rest) || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0n) break;
    result[index] += 1n;
    left -= 1n;
  }
  return result.map(Number);
}
