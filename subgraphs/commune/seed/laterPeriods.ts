import type { SeedPeriod, SeedUnit } from '../../desk/seed/generateDossiers';
import { REALISTIC_MIX } from '../../desk/seed/seedFates';

/** The code each merged unit kept on 2025-01-01, by the code it retired (Resolution 1286). */
const MERGED_INTO: Record<string, string> = {
  '00538': '00541',
  '00547': '00544',
  '00559': '00562',
  '00574': '00583',
  '00586': '00589',
};

/**
 * The four communes of 2025-07-01 (Resolution 1656) with weights near the traffic of the units
 * they took over; they also receive what the district desk handled until then.
 */
const FROM_JULY_2025: SeedUnit[] = [
  { code: '00541', weight: 38 },
  { code: '00562', weight: 14 },
  { code: '00565', weight: 26 },
  { code: '00577', weight: 14 },
];

/** From 2025-01-01 a merged pair is one desk under the kept code, with both desks' traffic. */
function mergedDesks(desks: SeedUnit[]): SeedUnit[] {
  const weight = new Map<string, number>();
  for (const d of desks) {
    const code = MERGED_INTO[d.code] ?? d.code;
    weight.set(code, (weight.get(code) ?? 0) + d.weight);
  }
  return [...weight].map(([code, w]) => ({ code, weight: w }));
}

/**
 * The commune desks after 2021 up to the last whole day before today (2026-12-01), each period
 * with its own random stream so the 2020-2021 dossiers stay exactly as they were. About 600
 * dossiers a month: a fifth of the 2021 traffic, so a first start still seeds within a minute.
 * A period's receipt days never cross a change of the map, so a dossier's code and receipt day
 * always name the unit (code and period) that received it.
 */
export function communePeriodsAfter2021(desks2021: SeedUnit[]): SeedPeriod[] {
  const merged = mergedDesks(desks2021);
  const period = (from: string, to: string, received: number, units: SeedUnit[], seed: number): SeedPeriod => ({
    from,
    to,
    received,
    mix: REALISTIC_MIX,
    seed,
    units,
  });
  return [
    period('2022-01-01', '2022-12-31', 7200, desks2021, 2022_00526),
    period('2023-01-01', '2023-12-31', 7200, desks2021, 2023_00526),
    period('2024-01-01', '2024-12-31', 7200, desks2021, 2024_00526),
    period('2025-01-01', '2025-06-30', 3600, merged, 2025_00526),
    period('2025-07-01', '2025-12-31', 4300, FROM_JULY_2025, 2025_00541),
    period('2026-01-01', '2026-11-30', 7900, FROM_JULY_2025, 2026_00541),
  ];
}
