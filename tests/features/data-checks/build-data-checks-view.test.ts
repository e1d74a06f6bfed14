import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../../src/data/contract/indicator-schema';
import { checkDataQuality } from '../../../src/checks/check-data-quality';
import { buildDataChecksView } from '../../../src/features/data-checks/build-data-checks-view';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const findings = checkDataQuality(bundled);

describe('buildDataChecksView', () => {
  it('counts warnings and info, and lists each kind found with its count', () => {
    const view = buildDataChecksView(bundled, findings, 'all');
    expect(view.warningCount).toBe(16);
    expect(view.infoCount).toBe(findings.length - 16);
    expect(view.kinds.map((k) => [k.kind, k.count])).toEqual([
      ['ytd-mismatch', 1],
      ['fraction-mismatch', 5],
      ['month-gap', 7],
      ['narrative-direction', 1],
      ['narrative-rounding', 2],
      ['narrative-untraced', view.infoCount],
    ]);
  });

  it('labels rows with the measure code and title, the section and a readable period', () => {
    const [group] = buildDataChecksView(bundled, findings, 'narrative-direction').groups;
    expect(group?.rows).toEqual([
      {
        key: 'narrative-direction-0',
        measure: 'CSC 182 Number of children subject to a CP plan',
        section: 'Child Protection Plans',
        period: 'Sep 2023',
        message: 'Performance Summary: Child Protection Plans: "decrease" is said of 123 against 118, but 123 is more than 118',
        quote: expect.stringContaining('this is a slight decrease on the 118 children'),
      },
    ]);
    const rounding = buildDataChecksView(bundled, findings, 'narrative-rounding').groups[0]?.rows.map((r) => r.period);
    expect(rounding).toEqual(['Q2 2023/24', 'Sep 2023']);
    const fractions = buildDataChecksView(bundled, findings, 'fraction-mismatch').groups[0]?.rows.map((r) => r.period);
    expect(fractions).toEqual(['2020/21', '2021/22', 'May 2023', '2020/21', '2021/22']);
  });

  it('shows only the kind chosen', () => {
    expect(buildDataChecksView(bundled, findings, 'month-gap').groups.map((g) => g.kind)).toEqual(['month-gap']);
  });
});
