/**
 * Exact non-negative fractions (bigint), so that shares multiplied along a chain of splits and
 * summed over paths compare exactly: largest-remainder ties must be real ties, not float noise.
 */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

export function fraction(num: bigint | number, den: bigint | number = 1n): Fraction {
  const n = BigInt(num);
  const d = BigInt(den);
  if (d <= 0n) throw new RangeError('a fraction needs a positive denominator');
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

export const ZERO = fraction(0);
export const ONE = fraction(1);

export function add(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

export function compare(a: Fraction, b: Fraction): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function isZero(a: Fraction): boolean {
  return a.num === 0n;
}

export function floorOf(a: Fraction): bigint {
  return a.num / a.den;
}

/** What is left above the whole part. */
export function remainderOf(a: Fraction): Fraction {
  return fraction(a.num % a.den, a.den);
}

export function toText(a: Fraction): string {
  return a.den === 1n ? `${a.num}` : `${a.num}/${a.den}`;
}
