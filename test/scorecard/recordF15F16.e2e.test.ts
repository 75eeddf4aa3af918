import { HEADLINE_QUERY } from '../support/headlineQuery';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';

/**
 * F15 and F16 of the Gia Lâm record (FIGURES.md) come back through the gateway in the same
 * request as the headline figures, which stay exactly what the headline query alone answers.
 */
const WITH_F15_F16 = HEADLINE_QUERY.replace(
  'directiveCount(from: "2021-01-01", to: "2021-06-30")',
  'directiveCount(from: "2021-01-01", to: "2021-06-30") satisfactionPlans { units withPlan rate plans { unitKind unitCode } }',
).replace(
  '    district(code: $code) {',
  '    district(code: $code) {\n      firstHalf: report(from: "2021-01-01", to: "2021-06-30") { dissatisfactionComplaints }',
);

describe('F15 and F16 with the headline, in one request', () => {
  let supergraph: RunningSupergraph;

  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph.stop());

  test('F15: no complaint about dissatisfaction in the first half of 2021; F16: every agency and commune planned (100 %)', async () => {
    expect(WITH_F15_F16).not.toBe(HEADLINE_QUERY);
    const headline = await supergraph.queryGateway(HEADLINE_QUERY);
    const both = await supergraph.queryGateway(WITH_F15_F16);
    expect(both.body.errors).toBeUndefined();
    const { firstHalf, ...district } = both.body.data.district;
    expect(firstHalf).toEqual({ dissatisfactionComplaints: 0 });
    const { satisfactionPlans, ...plan } = district.reformPlan;
    expect(satisfactionPlans).toMatchObject({ units: 27, withPlan: 27, rate: 100 });
    expect(satisfactionPlans.plans.filter((p: any) => p.unitKind === 'AGENCY')).toHaveLength(5);
    // The 22 communes of the headline's list, each with its plan.
    expect(
      satisfactionPlans.plans
        .filter((p: any) => p.unitKind === 'COMMUNE')
        .map((p: any) => p.unitCode)
        .sort(),
    ).toEqual(district.communes.map((c: any) => c.code));
    expect({ ...district, reformPlan: plan }).toEqual(headline.body.data.district);
    expect(headline.body.data.district.report.total.dossiers.received).toBe(74483);
  });

  test('the seed has complaints about dissatisfaction later on, so F15 = 0 is a figure, not an empty table', async () => {
    const later = await supergraph.queryGateway(
      '{ district(code: "018") { report(from: "2021-07-01", to: "2021-12-31") { dissatisfactionComplaints } } }',
    );
    expect(later.body.data.district.report.dissatisfactionComplaints).toBeGreaterThan(0);
  });
});
