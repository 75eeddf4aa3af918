import { loadReferenceModel } from '../../subgraphs/desk/units/buildReference';
import { toText } from '../../subgraphs/desk/units/fraction';
import { UnitModel } from '../../subgraphs/desk/units/unitModel';
import { ONE, fraction } from '../../subgraphs/desk/units/fraction';
import { PHU_DONG_PREDECESSORS, THE_17, THE_22 } from './giaLamCodes';

const model = loadReferenceModel();
const codes = (units: { code: string }[]) => units.map((u) => u.code);

const THE_6 = ['00136', '00145', '00541', '00562', '00565', '00577'];

describe('a code on a day', () => {
  test('00541 is three different units in 2024, early 2025 and after July 2025', () => {
    const answers = ['2024-06-01', '2025-03-01', '2025-08-01'].map((day) => model.unitOn('00541', day));
    expect(answers.map((a) => a.status)).toEqual(['VALID', 'VALID', 'VALID']);
    const units = answers.map((a) => (a.status === 'VALID' ? a.unit : null)!);
    expect(units.map((u) => [u.key, u.name, u.validFrom, u.validTo, u.parentCode])).toEqual([
      ['00541@', 'Xã Dương Hà', null, '2024-12-31', '018'],
      ['00541@2025-01-01', 'Xã Thiên Đức', '2025-01-01', '2025-06-30', '018'],
      ['00541@2025-07-01', 'Xã Phù Đổng', '2025-07-01', null, '01'],
    ]);
  });

  test('without a day a code means the unit in force today', () => {
    const answer = model.unitOn('00541');
    expect(answer.status === 'VALID' && answer.unit.key).toBe('00541@2025-07-01');
  });

  test('Gia Lâm (018) on 2025-08-01 answers its end date and its six successors', () => {
    const answer = model.unitOn('018', '2025-08-01');
    if (answer.status !== 'ENDED') throw new Error(`expected ENDED, got ${answer.status}`);
    expect(answer.unit.validTo).toBe('2025-06-30');
    expect(answer.successors.map((e) => e.to).sort()).toEqual(THE_6.map((c) => `${c}@2025-07-01`));
    expect(new Set(answer.successors.map((e) => `${e.share} ${e.day} ${e.resolution}`))).toEqual(
      new Set(['PART 2025-07-01 1656/NQ-UBTVQH15']),
    );
  });

  test('a code before the reference knows it, an unknown code and a bad day', () => {
    expect(model.unitOn('00136', '2024-06-01')).toMatchObject({
      status: 'NOT_YET',
      first: { key: '00136@2025-07-01' },
    });
    expect(() => model.unitOn('99999', '2024-06-01')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => model.unitOn('00541', '2025-02-30')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});

describe('units and desks on a day', () => {
  test('under Gia Lâm: 22 units in 2024, 17 in 2025; under Hà Nội after July: the six', () => {
    expect(codes(model.unitsOn('2024-12-31', '018'))).toEqual(THE_22);
    expect(codes(model.unitsOn('2025-01-01', '018'))).toEqual(THE_17);
    expect(codes(model.unitsOn('2025-06-30', '018'))).toEqual(THE_17);
    expect(codes(model.unitsOn('2025-07-01', '018'))).toEqual([]);
    expect(codes(model.unitsOn('2025-07-01', '01'))).toEqual(THE_6);
    expect(codes(model.unitsOn('2024-06-01', '01'))).toEqual(['018']);
  });

  test('the district desk until 2025-06-30, then the four communes (the wards are not our desks)', () => {
    const desks = (day: string) => model.desksOn(day).map((d) => `${d.level} ${d.unit.code}`);
    expect(desks('2024-06-01')).toEqual([...THE_22.map((c) => `COMMUNE ${c}`), 'DISTRICT 018']);
    expect(desks('2025-06-30')).toEqual([...THE_17.map((c) => `COMMUNE ${c}`), 'DISTRICT 018']);
    expect(desks('2025-07-01')).toEqual(['COMMUNE 00541', 'COMMUNE 00562', 'COMMUNE 00565', 'COMMUNE 00577']);
  });
});

describe('lineage', () => {
  test('the 2025 Bát Tràng came whole from Đông Dư and the old Bát Tràng, and went in three parts', () => {
    expect(model.predecessors('00583@2025-01-01').map((e) => [e.from, e.share, e.day, e.resolution])).toEqual([
      ['00574@', 'WHOLE', '2025-01-01', '1286/NQ-UBTVQH15'],
      ['00583@', 'WHOLE', '2025-01-01', '1286/NQ-UBTVQH15'],
    ]);
    expect(model.successors('00583@2025-01-01').map((e) => [e.to, e.share, toText(e.weight)])).toEqual([
      ['00145@2025-07-01', 'PART', '1/3'],
      ['00565@2025-07-01', 'PART', '1/3'],
      ['00577@2025-07-01', 'PART', '1/3'],
    ]);
  });

  test('a part with all the population takes all (Trâu Quỳ, Đặng Xá); the district follows its 17 units', () => {
    const weights = (key: string) =>
      Object.fromEntries(model.successors(key).map((e) => [e.to.slice(0, 5), toText(e.weight)]));
    expect(weights('00565@')).toEqual({ '00565': '1', '00577': '0' });
    expect(weights('00556@')).toEqual({ '00562': '1', '00541': '0' });
    // Phù Đổng: 6 whole units + Cổ Bi's third = 19/3 of 17 units; Thuận An 2 + Đặng Xá + half Phú Sơn = 7/2;
    // Gia Lâm 2 + Trâu Quỳ + ½ Phú Sơn + ⅓ Cổ Bi + ½ Đa Tốn + ⅓ Bát Tràng = 14/3; Bát Tràng 1 + ½ + ⅓ = 11/6; wards ⅓ each.
    expect(weights('018@')).toEqual({
      '00541': '19/51',
      '00562': '7/34',
      '00565': '14/51',
      '00577': '11/102',
      '00145': '1/51',
      '00136': '1/51',
    });
  });

  test('the new Phù Đổng has nine predecessors: six whole, Cổ Bi and Đặng Xá in part, and the district', () => {
    expect(
      model
        .predecessors('00541@2025-07-01')
        .map((e) => `${e.from} ${e.share}`)
        .sort(),
    ).toEqual(PHU_DONG_PREDECESSORS);
  });
});

describe('a model that would lose or double figures is refused', () => {
  const unit = (code: string, validFrom: string | null, validTo: string | null) => ({
    key: `${code}@${validFrom ?? ''}`,
    code,
    validFrom,
    validTo,
    name: code,
    kind: 'COMMUNE' as const,
    parentCode: null,
    outside: null,
  });
  const edge = (from: string, to: string, weight = ONE) => ({
    from,
    to,
    share: 'PART' as const,
    day: '2025-01-01',
    resolution: 'test',
    weight,
    weightRule: '',
    sources: [],
    note: '',
  });

  test('weights out of a split must add up to one, and an ended unit must go somewhere', () => {
    const units = [unit('A', null, '2024-12-31'), unit('B', '2025-01-01', null), unit('C', '2025-01-01', null)];
    expect(
      () =>
        new UnitModel(units, [edge('A@', 'B@2025-01-01', fraction(1, 2)), edge('A@', 'C@2025-01-01', fraction(1, 3))]),
    ).toThrow(/add up to 5\/6/);
    expect(() => new UnitModel(units, [])).toThrow(/no successor/);
    expect(() => new UnitModel([unit('A', null, '2025-03-01'), unit('A', '2025-01-01', null)], [])).toThrow(/overlap/);
  });
});
