import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { PHU_DONG_PREDECESSORS } from './giaLamCodes';

/** Reading a code on a day, through the gateway (issue 13); every expectation is from the reference's text. */
describe('units with periods through the gateway', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph?.stop());

  const UNIT = `query ($code: String!, $on: Date) {
    unit(code: $code, on: $on) {
      code on status
      unit { id code validFrom validTo name kind parent { id name }
             predecessors { unit { id name } share day resolution } }
      successors { unit { id code name kind } share day resolution weight }
    }
  }`;
  const ask = async (code: string, on?: string) => {
    const response = await supergraph.queryGateway(UNIT, { code, on });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.unit;
  };

  test('00541 on 2024-06-01, 2025-03-01 and 2025-08-01 is three different units', async () => {
    const [before, merged, rearranged] = await Promise.all(
      ['2024-06-01', '2025-03-01', '2025-08-01'].map((on) => ask('00541', on)),
    );
    expect([before, merged, rearranged].map((a) => a.status)).toEqual(['VALID', 'VALID', 'VALID']);
    expect(before.unit).toMatchObject({ id: '00541@', name: 'Xã Dương Hà', validFrom: null, validTo: '2024-12-31' });
    expect(before.unit.parent).toEqual({ id: '018@', name: 'Huyện Gia Lâm' });
    expect(merged.unit).toMatchObject({
      id: '00541@2025-01-01',
      name: 'Xã Thiên Đức',
      validFrom: '2025-01-01',
      validTo: '2025-06-30',
    });
    expect(merged.unit.predecessors.map((p: any) => [p.unit.name, p.share, p.day, p.resolution]).sort()).toEqual([
      ['Xã Dương Hà', 'WHOLE', '2025-01-01', '1286/NQ-UBTVQH15'],
      ['Xã Đình Xuyên', 'WHOLE', '2025-01-01', '1286/NQ-UBTVQH15'],
    ]);
    expect(rearranged.unit).toMatchObject({
      id: '00541@2025-07-01',
      name: 'Xã Phù Đổng',
      kind: 'COMMUNE',
      validFrom: '2025-07-01',
      validTo: null,
    });
    // Directly under Hà Nội: the district level ended that day.
    expect(rearranged.unit.parent).toEqual({ id: '01@', name: 'Thành phố Hà Nội' });
    // Six units whole, two in part (Cổ Bi, Đặng Xá), and a part of the district that ended.
    const from = rearranged.unit.predecessors.map((p: any) => `${p.unit.id} ${p.share}`).sort();
    expect(from).toEqual(PHU_DONG_PREDECESSORS);
  });

  test('Gia Lâm (018) on 2025-08-01 answers its end and its six successors', async () => {
    const answer = await ask('018', '2025-08-01');
    expect(answer.status).toBe('ENDED');
    expect(answer.unit).toMatchObject({ id: '018@', name: 'Huyện Gia Lâm', kind: 'DISTRICT', validTo: '2025-06-30' });
    const successors = answer.successors.map((s: any) => [s.unit.code, s.unit.name, s.unit.kind, s.share, s.day]);
    expect(successors.sort()).toEqual([
      ['00136', 'Phường Phúc Lợi', 'WARD', 'PART', '2025-07-01'],
      ['00145', 'Phường Long Biên', 'WARD', 'PART', '2025-07-01'],
      ['00541', 'Xã Phù Đổng', 'COMMUNE', 'PART', '2025-07-01'],
      ['00562', 'Xã Thuận An', 'COMMUNE', 'PART', '2025-07-01'],
      ['00565', 'Xã Gia Lâm', 'COMMUNE', 'PART', '2025-07-01'],
      ['00577', 'Xã Bát Tràng', 'COMMUNE', 'PART', '2025-07-01'],
    ]);
    expect((await ask('018', '2025-06-30')).status).toBe('VALID');
  });

  test('a code without a day is today’s unit; reused codes never return an old one', async () => {
    expect((await ask('00583')).status).toBe('ENDED');
    const today = await ask('00577');
    expect(today.unit).toMatchObject({ id: '00577@2025-07-01', name: 'Xã Bát Tràng' });
  });

  test('lineage is reachable from the commune and district entities', async () => {
    const response = await supergraph.queryGateway(`{
      commune(code: "00583") { periods { id name successors { unit { id name } weight } } }
      district(code: "018") { periods { id validTo successors { unit { id } } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    const [old, merged] = response.body.data.commune.periods;
    expect(old.successors).toEqual([{ unit: { id: '00583@2025-01-01', name: 'Xã Bát Tràng' }, weight: '1/1' }]);
    expect(merged.successors.map((s: any) => [s.unit.id, s.weight]).sort()).toEqual([
      ['00145@2025-07-01', '1/3'],
      ['00565@2025-07-01', '1/3'],
      ['00577@2025-07-01', '1/3'],
    ]);
    expect(response.body.data.district.periods).toHaveLength(1);
    expect(response.body.data.district.periods[0].successors).toHaveLength(6);
  });

  test('a code that never named a unit, or a malformed day, is BAD_USER_INPUT', async () => {
    for (const variables of [{ code: '99999' }, { code: '00541', on: '2025-13-01' }]) {
      const response = await supergraph.queryGateway(UNIT, variables);
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
