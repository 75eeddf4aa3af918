import type { DataSource } from 'typeorm';
import type { Dossier } from '../../subgraphs/desk/dossiers/dossierEntity';
import { receivingPeriods } from '../../subgraphs/desk/units/receivingPeriod';
import { UnitPeriodEntity } from '../../subgraphs/desk/units/unitTables';
import { vnInstant } from '../../subgraphs/shared/dates';

/** Gia Lâm's commune-level units: the 22 of 2021-2024, the 17 of 2025's first half, the four of 2025-07-01. */
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
];
THE_22.push('00559', '00562', '00565', '00568', '00571', '00574', '00577', '00580', '00583', '00586', '00589');
// The 17 of 2025-01-01: five pairs merged, each keeping one code (00538, 00547, 00559, 00574, 00586 retired).
export const THE_17 = THE_22.filter((c) => !['00538', '00547', '00559', '00574', '00586'].includes(c));
export const THE_4 = ['00541', '00562', '00565', '00577'];

/** One dossier at a desk on a day; resolved the same day when asked. */
export function dossier(unitCode: string, on: string, n: number, resolved = false): Dossier {
  return {
    code: `${unitCode}-${on}-${n}`,
    unitCode,
    procedureCode: 'TEST',
    channel: 'IN_PERSON',
    receivedAt: vnInstant(on, 9 * 60),
    receivedOn: on,
    dueOn: on,
    resolvedAt: resolved ? vnInstant(on, 15 * 60) : null,
    resolvedOn: resolved ? on : null,
    status: resolved ? 'RESOLVED' : 'RECEIVED',
    closedOn: resolved ? on : null,
    supplementCount: 0,
    pausedDays: 0,
    pausedOn: null,
    processingDays: resolved ? 0 : null,
    applicantName: null,
    applicantIdNumber: null,
  };
}

/** The dossiers as a desk receives them: each keeps the period of the unit that received it. */
export async function periodsKept(ds: DataSource, dossiers: Dossier[], procedureCode: string): Promise<Dossier[]> {
  const periodOf = receivingPeriods(await ds.getRepository(UnitPeriodEntity).find());
  return dossiers.map((d) => ({ ...d, procedureCode, unitValidFrom: periodOf(d.unitCode, d.receivedOn) }));
}
