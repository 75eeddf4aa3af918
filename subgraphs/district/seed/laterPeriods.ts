import type { SeedPeriod } from '../../desk/seed/generateDossiers';
import { REALISTIC_MIX } from '../../desk/seed/seedFates';

/** The district desk after 2021 until it closed on 2025-06-30: about 120 dossiers a month, each
 * year with its own random stream so the 2020-2021 dossiers stay exactly as they were.
 * (From 2025-07-01 the four communes' desks receive what it handled.) */
export const DISTRICT_PERIODS_AFTER_2021: SeedPeriod[] = [
  { from: '2022-01-01', to: '2022-12-31', received: 1440, mix: REALISTIC_MIX, seed: 2022_018 },
  { from: '2023-01-01', to: '2023-12-31', received: 1440, mix: REALISTIC_MIX, seed: 2023_018 },
  { from: '2024-01-01', to: '2024-12-31', received: 1440, mix: REALISTIC_MIX, seed: 2024_018 },
  { from: '2025-01-01', to: '2025-06-30', received: 720, mix: REALISTIC_MIX, seed: 2025_018 },
];
