import { seededRandom, shuffled, zipfSampler } from '../../bench/zipf';

describe('the dashboard fleet draws its requests from a Zipf distribution', () => {
  const n = 1000;
  const draws = 200_000;
  const counts = new Array<number>(n).fill(0);
  const draw = zipfSampler(n, 1, seededRandom(1));
  for (let i = 0; i < draws; i++) counts[draw()]++;
  const harmonic = Array.from({ length: n }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b);

  test('every draw is a rank of the space', () => {
    expect(counts.reduce((a, b) => a + b)).toBe(draws);
  });

  test('rank k is drawn about 1 / (k + 1) as often as rank 0: a few hot, most rare', () => {
    expect(counts[0] / draws).toBeCloseTo(1 / harmonic, 2);
    expect(counts[1] / counts[0]).toBeCloseTo(0.5, 1);
    expect(counts[9] / counts[0]).toBeCloseTo(0.1, 1);
    // The top 1 % of the ranks take about 40 % of the requests, the bottom half under 10 %.
    const top = counts.slice(0, 10).reduce((a, b) => a + b) / draws;
    const bottom = counts.slice(n / 2).reduce((a, b) => a + b) / draws;
    expect(top).toBeGreaterThan(0.35);
    expect(top).toBeLessThan(0.45);
    expect(bottom).toBeLessThan(0.1);
  });

  test('the same seed gives the same sequence and the same shuffle (every gateway gets the same requests)', () => {
    const a = zipfSampler(n, 1, seededRandom(7));
    const b = zipfSampler(n, 1, seededRandom(7));
    expect(Array.from({ length: 50 }, a)).toEqual(Array.from({ length: 50 }, b));
    expect(shuffled([1, 2, 3, 4, 5, 6], seededRandom(3))).toEqual(shuffled([1, 2, 3, 4, 5, 6], seededRandom(3)));
    expect([...shuffled([1, 2, 3, 4, 5, 6], seededRandom(3))].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
