import { windowKey, type DateWindow } from '../../shared/dates';
import type { BreakdownSpec } from './figures';
import { encodeSpec } from './figures';

/** A report breakdown as a DataLoader key: one district, one window, one normalised spec. */
export interface BreakdownKeyArgs extends DateWindow {
  districtCode: string;
  spec: BreakdownSpec;
}

/** Keys that share a window and a spec are answered by one statement. */
export const breakdownGroup = (k: BreakdownKeyArgs) => `${windowKey(k)}|${encodeSpec(k.spec)}`;
export const breakdownCacheKey = (k: BreakdownKeyArgs) => `${k.districtCode}|${breakdownGroup(k)}`;
