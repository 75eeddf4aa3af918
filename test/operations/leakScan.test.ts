import { captureLogs, serviceLogger } from '../../subgraphs/shared/observability/logger';
import { findPrivateData, metricLabelValues } from '../support/leakScan';
import { tokenFor } from '../support/tokens';

/**
 * startSupergraph's stop() scans every log line and metric label of the suite with
 * findPrivateData (the desk-event tests send applicants' names and citizen ids, the role tests
 * tokens): these check that the scan finds what it looks for, in a log line as the services write it.
 */
describe('the scan of logs and metric labels', () => {
  test('finds a token, an Authorization header, a secret and an applicant in a log line the logger wrote', async () => {
    const token = await tokenFor('integrator', { subject: 'client-acme-42' });
    const lines: string[] = [];
    const stop = captureLogs(lines);
    const logger = serviceLogger('test');
    logger.info({ header: `Bearer ${token}` }, 'leaky');
    logger.info({ applicant: { name: 'Nguyễn Thị Hoa', id: '001190012345' } }, 'leaky');
    logger.info({ note: 'a line with nothing private', durationMs: 12.5, subject: 'client-acme-42' }, 'clean');
    stop();
    expect(lines).toHaveLength(3);
    expect(findPrivateData(lines[0], [token])).toEqual(['token', 'authorization header', 'a secret value']);
    expect(findPrivateData(lines[1])).toEqual(['applicant data']);
    expect(findPrivateData(lines[2], [token])).toEqual([]);
    expect(findPrivateData('{"client_secret":"abc"}')).toEqual(['client secret']);
  });

  test('reads the label values of a Prometheus exposition', () => {
    const text = [
      '# HELP onestop_gateway_requests_total x',
      'onestop_gateway_requests_total{operation="Headline",outcome="ok",service="gateway"} 3',
      'onestop_gateway_requests_total{operation="NguyễnVănA",outcome="ok"} 1',
    ].join('\n');
    expect(metricLabelValues(text)).toEqual(['Headline', 'ok', 'gateway', 'NguyễnVănA', 'ok']);
    expect(findPrivateData('Nguyễn Văn A')).toEqual(['applicant data']);
  });
});
