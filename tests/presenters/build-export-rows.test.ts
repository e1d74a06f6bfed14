import { buildExportFileName, buildExportRows, EXPORT_COLUMNS } from '../../src/presenters/build-export-rows';
import { createMonthPeriod, createQuarterPeriod } from '../../src/domain/period';
import { summariseMeasure } from '../../src/domain/summarise-measure';
import { makeDataset } from '../fixtures/make-dataset';

const dataset = makeDataset();
const [csc022, , csc201] = dataset.measures;

describe('buildExportRows', () => {
  it('writes one row per measure with figures as numbers and the status in words', () => {
    const rows = buildExportRows([summariseMeasure(csc022!, createMonthPeriod('2023-08'), '2023/24')], dataset.serviceAreas);
    expect(rows).toEqual([
      [
        'csc-022',
        'CSC 022',
        'Monthly % of referrals completed within 1 working day',
        'Front door and early help',
        'percent',
        'higher is better',
        '2023-08',
        'Aug 2023',
        65,
        null,
        null,
        'Jul 2023',
        86.3,
        90,
        'Off target',
        -25,
        null,
        null,
        90,
        ...Array(8).fill(null),
      ],
    ]);
    expect(rows[0]).toHaveLength(EXPORT_COLUMNS.length);
  });

  it('keeps the note that says a quarter figure is really the latest month', () => {
    const [row] = buildExportRows([summariseMeasure(csc022!, createQuarterPeriod(2023, 2), '2023/24')], dataset.serviceAreas);
    expect(row?.[6]).toBe('2023-24-Q2');
    expect(row?.[8]).toBe(81.3);
    expect(row?.[16]).toMatch(/^Sep 2023 only, not the quarter/);
  });

  it('leaves the gap to target empty for a measure without a target', () => {
    const [row] = buildExportRows([summariseMeasure(csc201!, createMonthPeriod('2023-09'), '2023/24')], dataset.serviceAreas);
    expect(row?.slice(8, 19)).toEqual([354, null, null, 'Aug 2023', 354, null, 'No target', null, null, null, null]);
  });

  it("names the family and what a building measure was judged against: dental checks, Sep 2023, against the month's trajectory", () => {
    const dental = { ...csc022!, id: 'dental', basis: 'year-to-date' as const, buildsUp: true, target: 90, monthly: [{ month: '2023-09', value: 51.8 }] };
    const [row] = buildExportRows([summariseMeasure(dental, createMonthPeriod('2023-09'), '2023/24')], dataset.serviceAreas);
    expect(row?.slice(13, 19)).toEqual([90, 'On track', 6.8, null, null, 45]);
  });
});

describe('the signed gap to target and the previous figure', () => {
  const column = (name: string) => EXPORT_COLUMNS.indexOf(name as (typeof EXPORT_COLUMNS)[number]);
  const rowOf = (index: number, month: string) => buildExportRows([summariseMeasure(dataset.measures[index]!, createMonthPeriod(month), '2023/24')], dataset.serviceAreas)[0]!;

  it('names the column so its sign is clear, and signs it so that + is better whatever the polarity', () => {
    expect(EXPORT_COLUMNS).toContain('better (+) / worse (-) than target');
    const better = column('better (+) / worse (-) than target');
    // CSC 022, higher is better: 65% against 90% is 25 pp worse. CSC 026, lower is better: 6% against 5% is 1 pp
    // worse, and 1.4% in September 3.6 pp better, although 1.4 - 5 is negative.
    expect(rowOf(0, '2023-08')[better]).toBe(-25);
    expect(rowOf(1, '2023-08')[better]).toBe(-1);
    expect(rowOf(1, '2023-09')[better]).toBe(3.6);
    expect(rowOf(1, '2023-08')[column('polarity')]).toBe('lower is better');
  });

  it('gives the figure the direction of travel compares with: the period one step earlier', () => {
    const row = rowOf(1, '2023-09');
    expect([row[column('previous_period')], row[column('previous_value')]]).toEqual(['Aug 2023', 6]);
  });
});

describe('buildExportFileName', () => {
  it('names the authority and the period', () => {
    expect(buildExportFileName('Darlington Borough Council', 'Q2 2023/24')).toBe('darlington-borough-council-q2-2023-24-indicators.csv');
  });
});
