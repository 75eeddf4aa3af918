import fc from 'fast-check';
import { addDays } from '../../subgraphs/shared/dates';
import { Random } from '../../subgraphs/shared/random';
import { countAreaThatWas } from '../../subgraphs/desk/units/countAreaThatWas';
import { countOntoToday, destinationsOf } from '../../subgraphs/desk/units/countOntoToday';
import { CountRow, countAsTheyWere } from '../../subgraphs/desk/units/countRows';
import { isValidOn, UnitModel } from '../../subgraphs/desk/units/unitModel';
import { loadReferenceModel } from '../../subgraphs/desk/units/buildReference';
import { randomLineage } from './lineageFixture';

const TODAY = '2030-01-01';
const FIGURES = ['received', 'resolved'] as const;

/** Random rows in a random window: each for a unit in force on a random day of it, as that day or its month. */
function randomRows(model: UnitModel, random: Random): CountRow[] {
  const from = addDays('2020-06-01', random.int(0, 3000));
  const to = addDays(from, random.int(0, 1500));
  const rows: CountRow[] = [];
  for (let i = random.int(0, 60); i > 0; i--) {
    const day = addDays(from, random.int(0, Math.round((Date.parse(to) - Date.parse(from)) / 864e5)));
    const open = model.units.filter((u) => isValidOn(u, day));
    const unit = random.pick(open);
    const period = random.next() < 0.5 ? day : day.slice(0, 7);
    rows.push({ unitKey: unit.key, period, figures: { received: random.int(0, 20), resolved: random.int(0, 3) } });
  }
  return rows;
}

function sumBy(rows: { period: string; value: number }[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const r of rows) sums[r.period] = (sums[r.period] ?? 0) + r.value;
  return sums;
}

function checkNoneLostOrDoubled(model: UnitModel, rows: CountRow[], areaKey: string): void {
  const asThey = countAsTheyWere(model, rows);
  const onto = countOntoToday(model, rows, TODAY);
  const area = countAreaThatWas(model, areaKey, rows);
  expect(onto.rows.every((r) => isValidOn(r.unit, TODAY))).toBe(true);
  for (const name of FIGURES) {
    const raw = sumBy(rows.map((r) => ({ period: r.period, value: r.figures[name] })));
    const fig = (r: { period: string; figures: Record<string, { value: number }> }) => ({
      period: r.period,
      value: r.figures[name]?.value ?? 0,
    });
    expect(sumBy(asThey.rows.map(fig))).toEqual(raw);
    expect(sumBy(onto.rows.map(fig))).toEqual(raw);
    expect(sumBy(area.rows.map((r) => ({ period: r.period, value: r.figures[name].value + r.rest[name] })))).toEqual(
      raw,
    );
    // A figure not marked estimate is exactly what reached that unit, with nothing apportioned.
    for (const r of onto.rows.filter((o) => !o.figures[name].estimate)) {
      const reached = rows.filter(
        (i) => i.period === r.period && destinationsOf(model, i.unitKey, TODAY).has(r.unit.key),
      );
      expect(r.figures[name].value).toBe(reached.reduce((s, i) => s + i.figures[name], 0));
    }
  }
  expect(asThey.rows.length).toBe(new Set(rows.map((r) => `${r.period}|${r.unitKey}`)).size);
}

describe('no dossier is counted twice or lost', () => {
  test('random lineages (merges, splits, renames, reused codes) and random windows, in every view', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (lineageSeed, rowSeed) => {
        const { model } = randomLineage(new Random(lineageSeed));
        const random = new Random(rowSeed);
        checkNoneLostOrDoubled(model, randomRows(model, random), random.pick(model.units).key);
      }),
      { numRuns: 300 },
    );
  });

  test('the Gia Lâm reference over random windows', () => {
    const model = loadReferenceModel();
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = new Random(seed);
        checkNoneLostOrDoubled(model, randomRows(model, random), '018@');
      }),
      { numRuns: 200 },
    );
  });
});
