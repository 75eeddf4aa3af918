import { generateLevel, type LevelBatch, type LevelOptions } from '../../subgraphs/desk/seed/nationalGenerator';

const OPTIONS: LevelOptions = {
  level: 'commune',
  units: Array.from({ length: 30 }, (_, i) => String(i + 1).padStart(5, '0')),
  total: 6000,
  years: 1,
  seed: 11,
  rowsPerStatement: 150,
  dossiersPerBatch: 800,
};

/** Every batch in batch order, whichever writer owns it (batch b belongs to writer b % writers). */
function allBatches(writers: number): LevelBatch[] {
  const perWriter = Array.from({ length: writers }, (_, w) => [...generateLevel(OPTIONS, w, writers)]);
  const out: LevelBatch[] = [];
  for (let b = 0; perWriter[b % writers][Math.floor(b / writers)]; b++)
    out.push(perWriter[b % writers][Math.floor(b / writers)]);
  return out;
}

/** The national seed's rows must be the same whatever the number of writers, and on every run. */
describe('national data set generator', () => {
  const one = allBatches(1);

  it('gives the same batches, statements and rollups with two or three writers as with one', () => {
    for (const writers of [2, 3]) expect(allBatches(writers)).toEqual(one);
  });

  it('gives the same rows on every run', () => {
    expect(allBatches(1)).toEqual(one);
  });

  it('numbers dossiers 1..n in generation order, with unique codes', () => {
    const rows = one.flatMap((b) =>
      b.statements.flatMap((s) => [...s.matchAll(/\((\d+), '([^']+)'/g)].map((m) => [Number(m[1]), m[2]] as const)),
    );
    expect(rows.map(([id]) => id)).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map(([, code]) => code)).size).toBe(rows.length);
    expect(rows.length).toBe(one.reduce((n, b) => n + b.dossiers, 0));
  });
});
