import { addDays } from '../../subgraphs/shared/dates';
import { Random } from '../../subgraphs/shared/random';
import { Fraction, ONE, fraction } from '../../subgraphs/desk/units/fraction';
import { LineageEdge, Share, UnitPeriod } from '../../subgraphs/desk/units/types';
import { UnitModel } from '../../subgraphs/desk/units/unitModel';

type Draft = { -readonly [K in keyof UnitPeriod]: UnitPeriod[K] };

/** A random history: merges, splits (random weights, zero allowed) and renames, with codes reused. */
export function randomLineage(random: Random): { model: UnitModel; changeDays: string[] } {
  const units: Draft[] = [];
  const edges: LineageEdge[] = [];
  let fresh = 0;
  const newUnit = (code: string, validFrom: string | null): Draft => {
    const unit: Draft = {
      key: `${code}@${validFrom ?? ''}`,
      code,
      validFrom,
      validTo: null,
      name: `U${units.length}`,
      kind: 'COMMUNE',
      parentCode: null,
      outside: null,
    };
    units.push(unit);
    return unit;
  };
  for (let i = random.int(2, 6); i > 0; i--) newUnit(`C${fresh++}`, null);
  const changeDays: string[] = [];
  const lastYear = 2021 + random.int(0, 5);
  for (let year = 2021; year <= lastYear; year++) {
    const day = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-01`;
    changeDays.push(day);
    const current = units.filter((u) => u.validTo === null);
    const ending = random.shuffle([...current]).slice(0, random.int(1, Math.min(3, current.length)));
    const op = ending.length > 1 ? 'merge' : random.pick(['split', 'rename'] as const);
    const retired = [...new Set(units.map((u) => u.code))].filter((c) => !current.some((u) => u.code === c));
    const reusable = random.shuffle([...ending.map((u) => u.code), ...retired]);
    const code = () => (reusable.length > 0 && random.next() < 0.6 ? reusable.pop()! : `C${fresh++}`);
    for (const u of ending) u.validTo = addDays(day, -1);
    const targets = Array.from({ length: op === 'split' ? random.int(2, 4) : 1 }, () => newUnit(code(), day));
    const weights = splitWeights(random, targets.length);
    for (const from of ending) {
      targets.forEach((to, i) =>
        edges.push(edge(from.key, to.key, day, op === 'split' ? 'PART' : 'WHOLE', weights[i])),
      );
    }
  }
  return { model: new UnitModel(units, edges), changeDays };
}

function splitWeights(random: Random, parts: number): Fraction[] {
  if (parts === 1) return [ONE];
  const raw = Array.from({ length: parts }, () => random.int(0, 3));
  if (!raw.some((w) => w > 0)) raw[0] = 1;
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => fraction(w, sum));
}

function edge(from: string, to: string, day: string, share: Share, weight: Fraction): LineageEdge {
  return { from, to, share, day, resolution: 'fixture', weight, weightRule: 'fixture', sources: [], note: '' };
}
