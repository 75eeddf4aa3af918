import { deskToken } from './asDeployed';
import type { WritePlan } from './loadPlan';

const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { eventId dossierCode status } }`;

/**
 * Desk events for the dashboard fleet: commune desks of Gia Lâm receive new dossiers through our
 * gateway (the writer), each write moving its unit's rollup counter, so the subgraphs' memo
 * entries for that unit are recomputed on their next read, as in life. The events are dated in
 * 2023, outside every window the fleet asks about (2021), so the answers checked stay the same.
 */
export async function deskWrites(writerUrl: string, communeCodes: string[], perSecond: number): Promise<WritePlan> {
  const desks = [];
  for (const [i, unitCode] of communeCodes.entries()) {
    const day = `2023-0${1 + (i % 9)}-1${i % 10}`;
    const event = {
      eventId: `bench-${unitCode}-__SEQ__`,
      unitCode,
      type: 'RECEIVED',
      at: `${day}T09:00:00+07:00`,
      reference: `BENCH-${unitCode}-__SEQ__`,
      procedureCode: '1.001193',
      channel: 'ONLINE',
      applicantType: 'CITIZEN',
    };
    desks.push({
      authorization: `Bearer ${await deskToken(unitCode)}`,
      template: JSON.stringify({ query: RECORD, variables: { e: event } }),
    });
  }
  return { url: writerUrl, perSecond, desks };
}
