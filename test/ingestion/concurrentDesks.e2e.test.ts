import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { tokenFor } from '../support/tokens';
import { deskDatabases } from './deskWorld';

const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { dossierCode status } }`;
const RECEIVED_ON_DAY = `{ district(code: "018") { report(from: "2021-07-08", to: "2021-07-08") {
  communeLevel { dossiers { received } } byCommune { commune { code } dossiers { received } } } } }`;

/**
 * Desks push at the same moment: the same unit, day, procedure and channel, so every write
 * touches the same rollup rows and the same daily sequence of dossier codes.
 */
describe('concurrent desk events', () => {
  let supergraph: RunningSupergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph(await deskDatabases('concurrentdesks'));
  });
  afterAll(() => supergraph.stop());

  test('twelve receipts at once all land, with distinct codes, and the figures count each once', async () => {
    const desk = await tokenFor('desk', { unitCode: '00583' });
    const before = (await supergraph.queryGateway(RECEIVED_ON_DAY)).body.data.district.report;
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        supergraph.queryGateway(
          RECORD,
          {
            e: {
              eventId: `c-${i}`,
              unitCode: '00583',
              type: 'RECEIVED',
              at: '2021-07-08T09:00:00+07:00',
              reference: `C-${i}`,
              procedureCode: '1.001193',
              channel: 'IN_PERSON',
              applicantType: 'CITIZEN',
            },
          },
          { token: desk },
        ),
      ),
    );
    expect(responses.flatMap((r) => r.body.errors ?? [])).toEqual([]);
    const codes = responses.map((r) => r.body.data.recordCommuneDeskEvent.dossierCode);
    expect(new Set(codes).size).toBe(12);
    const after = (await supergraph.queryGateway(RECEIVED_ON_DAY)).body.data.district.report;
    expect(after.communeLevel.dossiers.received).toBe(before.communeLevel.dossiers.received + 12);
    const row = (report: any) => report.byCommune.find((r: any) => r.commune.code === '00583').dossiers.received;
    expect(row(after)).toBe(row(before) + 12);
    // The rollups agree with the raw rows.
    const [raw] = await supergraph.apps.commune.dataSource.query(
      "SELECT COUNT(*) AS n FROM dossier WHERE unit_code = '00583' AND received_on = '2021-07-08'",
    );
    expect(Number(raw.n)).toBe(row(after));
  });
});
