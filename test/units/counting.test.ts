import { loadReferenceModel } from '../../subgraphs/desk/units/buildReference';
import { countAreaThatWas } from '../../subgraphs/desk/units/countAreaThatWas';
import { countOntoToday } from '../../subgraphs/desk/units/countOntoToday';
import { CountAnswer, CountRow, countAsTheyWere } from '../../subgraphs/desk/units/countRows';
import { THE_22 } from './giaLamCodes';

const model = loadReferenceModel();
const TODAY = '2026-01-15';
const THE_17_KEYS = [
  '00526@',
  '00529@',
  '00532@',
  '00535@',
  '00541@2025-01-01',
  '00544@2025-01-01',
  '00550@',
  '00553@',
  '00556@',
  '00562@2025-01-01',
  '00565@',
  '00568@',
  '00571@',
  '00577@',
  '00580@',
  '00583@2025-01-01',
  '00589@2025-01-01',
];

const row = (unitKey: string, period: string, received: number, resolved?: number): CountRow => ({
  unitKey,
  period,
  figures: resolved === undefined ? { received } : { received, resolved },
});

/** A window 2024-10-01..2025-09-30 in months: one month in each map, plus two single-unit months. */
const WINDOW: CountRow[] = [
  ...THE_22.map((c) => row(`${c}@`, '2024-10', 2)),
  row('018@', '2024-10', 10), // 54
  row('00535@', '2024-11', 5), // Ninh Hiệp went whole to Phù Đổng
  row('00574@', '2024-12', 7, 5), // Đông Dư
  ...THE_17_KEYS.map((k) => row(k, '2025-03', 3)),
  row('018@', '2025-03', 6), // 57
  row('00541@2025-07-01', '2025-08', 4),
  row('00562@2025-07-01', '2025-08', 5),
  row('00565@2025-07-01', '2025-08', 6),
  row('00577@2025-07-01', '2025-08', 7), // 22
];
const RAW_RECEIVED = 54 + 5 + 7 + 57 + 22;

const total = (answer: CountAnswer, name = 'received') =>
  answer.rows.reduce((sum, r) => sum + (r.figures[name]?.value ?? 0), 0);
const month = (answer: CountAnswer, period: string) =>
  Object.fromEntries(
    answer.rows
      .filter((r) => r.period === period)
      .map((r) => [r.unit.code, [r.figures.received.value, r.figures.received.estimate]]),
  );

describe('as the units were', () => {
  const answer = countAsTheyWere(model, WINDOW);

  test('rows for the 22, the 17 and the 4 units, each in its own period, total = raw count', () => {
    expect(answer.counting).toBe('AS_THEY_WERE');
    const keys = (period: string) => answer.rows.filter((r) => r.period === period).map((r) => r.unit.key);
    expect(keys('2024-10')).toEqual([...THE_22.map((c) => `${c}@`), '018@']);
    expect(keys('2025-03')).toEqual([...THE_17_KEYS, '018@']);
    expect(keys('2025-08')).toEqual(['00541@2025-07-01', '00562@2025-07-01', '00565@2025-07-01', '00577@2025-07-01']);
    expect(total(answer)).toBe(RAW_RECEIVED);
    expect(answer.rows.every((r) => Object.values(r.figures).every((f) => !f.estimate))).toBe(true);
  });

  test('a dossier filed at Đông Dư in 2024 stays under Đông Dư', () => {
    const dongDu = answer.rows.filter((r) => r.unit.code === '00574');
    expect(dongDu.map((r) => [r.unit.name, r.period, r.figures.received.value, r.figures.resolved?.value])).toEqual([
      ['Xã Đông Dư', '2024-10', 2, undefined],
      ['Xã Đông Dư', '2024-12', 7, 5],
    ]);
  });

  test('a row for a unit outside its period is refused', () => {
    expect(() => countAsTheyWere(model, [row('00574@', '2025-03', 1)])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => countAsTheyWere(model, [row('00541@2025-07-01', '2025-06', 1)])).toThrow(/not in force/);
  });
});

describe('onto today’s units', () => {
  const answer = countOntoToday(model, WINDOW, TODAY);

  test('only the four communes and the two ward parts, total = raw count, named and with its rule', () => {
    expect(answer.counting).toBe('ONTO_TODAY');
    expect(answer.rule).toMatch(/equal shares/);
    expect(new Set(answer.rows.map((r) => r.unit.key))).toEqual(
      new Set([
        '00136@2025-07-01',
        '00145@2025-07-01',
        '00541@2025-07-01',
        '00562@2025-07-01',
        '00565@2025-07-01',
        '00577@2025-07-01',
      ]),
    );
    expect(total(answer)).toBe(RAW_RECEIVED);
  });

  test('2024-10 by hand: exact shares in 102nds, three leftover dossiers to the largest remainders', () => {
    // Whole: Phù Đổng 8 units x2 = 16; Thuận An Lệ Chi+Dương Quang+Đặng Xá (all people) 6 + Phú Thị, Kim Sơn halves 2 = 8;
    // Gia Lâm Trâu Quỳ 2 + Dương Xá 2 + Kiêu Kỵ 2 + halves of Phú Thị, Kim Sơn, Đa Tốn 3 + thirds of Cổ Bi, Đông Dư, Bát Tràng 2 = 11;
    // Bát Tràng Kim Lan+Văn Đức 4 + ½ Đa Tốn + ⅓ Đông Dư + ⅓ Bát Tràng = 6⅓; Long Biên ⅔+⅔; Phúc Lợi ⅔ (Cổ Bi).
    // District 10: x19/51, x7/34, x14/51, x11/102, x1/51, x1/51. In 102nds: PĐ 2080 (20 r40), TA 1026 (10 r6),
    // GL 1402 (13 r76), BT 756 (7 r42), LB 156 (1 r54), PL 88 (0 r88): floors 51, 3 left -> PL, GL, LB.
    expect(month(answer, '2024-10')).toEqual({
      '00541': [20, true],
      '00562': [10, true],
      '00565': [14, true],
      '00577': [7, true],
      '00145': [2, true],
      '00136': [1, true],
    });
  });

  test('2025-03 by hand: 17 units x3 and the district 6, in 34ths', () => {
    // PĐ 18 + ⅓·3 + 6·19/51 = 21 4/17; TA 6 + 3 + 1½ + 6·7/34 = 11 25/34; GL 1 + 1½ + 3 + 3 + 1½ + 3 + 1 + 28/17 = 15 11/17;
    // BT 1½ + 1 + 3 + 11/17 = 6 5/34; LB 1 2/17; PL 1 2/17: floors 55 of 57, left 2 -> TA (25/34), GL (22/34).
    expect(month(answer, '2025-03')).toEqual({
      '00541': [21, true],
      '00562': [12, true],
      '00565': [16, true],
      '00577': [6, true],
      '00145': [1, true],
      '00136': [1, true],
    });
  });

  test('exactly the split-dependent figures are estimates: a whole passage and the new units are exact', () => {
    expect(month(answer, '2024-11')).toEqual({ '00541': [5, false] });
    expect(month(answer, '2025-08')).toEqual({
      '00541': [4, false],
      '00562': [5, false],
      '00565': [6, false],
      '00577': [7, false],
    });
  });

  test('Đông Dư 2024 goes to the successors of its successor (the 2025 Bát Tràng), apportioned and marked', () => {
    // 7 received in thirds: 2⅓ each, one left over -> first in code order (00145). 5 resolved: 1⅔ each, two left over.
    const dongDu = countOntoToday(model, [row('00574@', '2024-12', 7, 5)], TODAY);
    expect(dongDu.rows.map((r) => [r.unit.code, r.unit.name, r.figures.received, r.figures.resolved])).toEqual([
      ['00145', 'Phường Long Biên', { value: 3, estimate: true }, { value: 2, estimate: true }],
      ['00565', 'Xã Gia Lâm', { value: 2, estimate: true }, { value: 2, estimate: true }],
      ['00577', 'Xã Bát Tràng', { value: 2, estimate: true }, { value: 1, estimate: true }],
    ]);
  });
});

describe('the area that was Gia Lâm', () => {
  test('before July it is the district and its units; after, the four communes whole and the wards by their Gia Lâm piece', () => {
    const rows = [
      ...WINDOW,
      row('00145@2025-07-01', '2025-08', 14),
      row('00136@2025-07-01', '2025-08', 5),
      row('01@', '2025-08', 100),
    ];
    const answer = countAreaThatWas(model, '018@', rows);
    expect(answer.counting).toBe('AREA_THAT_WAS');
    const byPeriod = Object.fromEntries(
      answer.rows.map((r) => [r.period, [r.figures.received.value, r.figures.received.estimate, r.rest.received]]),
    );
    // 2025-08: communes 22 exact; Long Biên 14 x 1/7 = 2, Phúc Lợi 5 x 1/6 = ⅚; area 24⅚, rest 16⅙ + Hà Nội's own 100.
    expect(byPeriod).toEqual({
      '2024-10': [54, false, 0],
      '2024-11': [5, false, 0],
      '2024-12': [7, false, 0],
      '2025-03': [57, false, 0],
      '2025-08': [25, true, 116],
    });
  });
});
