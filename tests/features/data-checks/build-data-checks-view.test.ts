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

  it('groups findings by measure, labelled with kind and readable period, each linking to the measure at its period', () => {
    const [group] = buildDataChecksView(bundled, findings, 'narrative-direction').groups;
    expect(group).toEqual({
      key: 'measure-csc-182',
      heading: 'CSC 182 Number of children subject to a CP plan',
      section: 'Child Protection Plans',
      rows: [
        {
          key: expect.stringMatching(/^narrative-direction-\d+$/),
          kindText: 'Warning · Narrative direction contradicted',
          period: 'Sep 2023',
          message: 'Performance Summary: Child Protection Plans: "decrease" is said of 123 against 118, but 123 is more than 118',
          quote: expect.stringContaining('this is a slight decrease on the 118 children'),
          link: { measureId: 'csc-182', period: '2023-09', text: 'Open CSC 182 at Sep 2023' },
        },
      ],
    });
    const fractions = buildDataChecksView(bundled, findings, 'fraction-mismatch').groups;
    expect(fractions.flatMap((g) => g.rows.map((r) => r.period))).toEqual(['2020/21', '2021/22', 'May 2023', '2020/21', '2021/22']);
    // An Annual Trend year is no period of the dashboard: the link opens the measure as it is.
    expect(fractions[0]?.rows[0]?.link?.period).toBeUndefined();
  });

  it('names each measure once, however many findings it has', () => {
    const headings = buildDataChecksView(bundled, findings, 'all').groups.map((g) => g.heading);
    expect(new Set(headings).size).toBe(headings.length);
    expect(buildDataChecksView(bundled, findings, 'all').groups.reduce((n, g) => n + g.rows.length, 0)).toBe(findings.length);
  });

  it('shows only the kind chosen', () => {
    const rows = buildDataChecksView(bundled, findings, 'month-gap').groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.kindText.endsWith('Missing months'))).toBe(true);
  });
});
