import type { DataSource } from 'typeorm';
import type { Dossier } from '../../subgraphs/desk/dossiers/dossierEntity';
import { receivingPeriods } from '../../subgraphs/desk/units/receivingPeriod';
import { UnitPeriodEntity } from '../../subgraphs/desk/units/unitTables';
import { vnInstant } from '../../subgraphs/shared/dates';

export { THE_17, THE_22, THE_4 } from './giaLamCodes';

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
