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
        '2023-08',
        'Aug 2023',
        65,
        null,
        null,
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
    expect(row?.[5]).toBe('2023-24-Q2');
    expect(row?.[7]).toBe(81.3);
    expect(row?.[13]).toMatch(/^Sep 2023 only, not the quarter/);
  });

  it('leaves variance empty for a measure without a target', () => {
    const [row] = buildExportRows([summariseMeasure(csc201!, createMonthPeriod('2023-09'), '2023/24')], dataset.serviceAreas);
    expect(row?.slice(7, 16)).toEqual([354, null, null, null, 'No target', null, null, null, null]);
  });

  it("names the family and what a building measure was judged against: dental checks, Sep 2023, against the month's trajectory", () => {
    const dental = { ...csc022!, id: 'dental', basis: 'year-to-date' as const, buildsUp: true, target: 90, monthly: [{ month: '2023-09', value: 51.8 }] };
    const [row] = buildExportRows([summariseMeasure(dental, createMonthPeriod('2023-09'), '2023/24')], dataset.serviceAreas);
    expect(row?.slice(10, 16)).toEqual([90, 'On track', 6.8, null, null, 45]);
  });
});

describe('buildExportFileName', () => {
  it('names the authority and the period', () => {
    expect(buildExportFileName('Darlington Borough Council', 'Q2 2023/24')).toBe('darlington-borough-council-q2-2023-24-indicators.csv');
  });
});
