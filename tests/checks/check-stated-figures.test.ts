import { checkStatedFigures } from '../../src/checks/check-stated-figures';
import { csc022, csc178, makeMeasure } from '../fixtures/make-measure';

const reportingPeriod = { financialYear: '2023/24', quarter: 2 as const, asAt: '2023-09-30' };
const check = (...measures: Parameters<typeof makeMeasure>[0][]) => checkStatedFigures({ measures: measures.map((m) => makeMeasure(m)), reportingPeriod });

describe('checkStatedFigures', () => {
  it('finds a stated quarter the table works out differently, and says the table wins: ICPC Q2 stated 70.0% against 40 / 57', () => {
    const findings = check({ ...csc178, statedFigures: [{ period: '2023-24-Q2', value: 70.0, source: 'analysis' }] });
    expect(findings).toEqual([
      {
        kind: 'stated-mismatch',
        measureId: 'csc-178',
        period: '2023-24-Q2',
        message: expect.stringContaining("the report states 70 (analysis), but the table gives 70.2 (40 / 57); the table's figure is shown") as unknown,
      },
    ]);
  });

  it("accepts the report's own rounding, and a stated figure the table cannot reproduce: referrals Q2 78.0% from monthly percentages", () => {
    expect(check({ ...csc178, statedFigures: [{ period: '2023-24-Q2', value: 70.2, source: 'analysis' }] })).toEqual([]);
    expect(check({ ...csc022, statedFigures: [{ period: '2023-24-Q2', value: 78.0, source: 'summary' }] })).toEqual([]);
  });
});
