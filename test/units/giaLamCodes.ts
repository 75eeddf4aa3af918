/**
 * Gia Lâm's commune-level units, as the reference files say (written out by hand, so the tests
 * check the model against them): the 22 of 2021-2024, the 17 of 2025's first half (five pairs
 * merged, each keeping one code: 00538, 00547, 00559, 00574, 00586 retired), the four of
 * 2025-07-01.
 */
export const THE_22 = [
  '00526',
  '00529',
  '00532',
  '00535',
  '00538',
  '00541',
  '00544',
  '00547',
  '00550',
  '00553',
  '00556',
  '00559',
  '00562',
  '00565',
  '00568',
  '00571',
  '00574',
  '00577',
  '00580',
  '00583',
  '00586',
  '00589',
];
export const THE_17 = THE_22.filter((c) => !['00538', '00547', '00559', '00574', '00586'].includes(c));
export const THE_4 = ['00541', '00562', '00565', '00577'];

/** The new Phù Đổng (00541 of 2025-07-01): six units whole, Cổ Bi and Đặng Xá in part, and a part of the district. */
export const PHU_DONG_PREDECESSORS = [
  '00526@ WHOLE',
  '00529@ WHOLE',
  '00532@ WHOLE',
  '00535@ WHOLE',
  '00541@2025-01-01 WHOLE',
  '00544@2025-01-01 WHOLE',
  '00553@ PART',
  '00556@ PART',
  '018@ PART',
];
