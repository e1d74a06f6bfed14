import { describeChartSource } from '../../src/presenters/describe-chart-source';

const bundled = {
  authority: { name: 'Darlington Borough Council' },
  title: "Children's Social Care Performance & Practice Report",
  reportingPeriod: { financialYear: '2023/24', quarter: 2 as const, asAt: '2023-09-30' },
};

describe('describeChartSource', () => {
  it('names the date of the figures and the report they come from', () => {
    expect(describeChartSource(bundled)).toEqual({
      asAt: 'Data as at 30 September 2023',
      source: "Source: Darlington Borough Council, Children's Social Care Performance & Practice Report",
    });
  });

  it('says when the figures are made up', () => {
    expect(describeChartSource({ ...bundled, synthetic: true }).source).toBe(
      "Source: Darlington Borough Council, Children's Social Care Performance & Practice Report (synthetic data)",
    );
  });
});
