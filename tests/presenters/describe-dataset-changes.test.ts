import { describeDatasetChanges } from '../../src/presenters/describe-dataset-changes';
import { makeDataset } from '../fixtures/make-dataset';
import { makeMeasure } from '../fixtures/make-measure';

const september = () => makeDataset();

describe('describeDatasetChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(describeDatasetChanges(september(), september())).toEqual([]);
  });

  it('names the new month when its figures arrive', () => {
    const october = september();
    october.reportingPeriod.asAt = '2023-10-31';
    october.measures[0]!.monthly[6]!.value = 91.2;
    october.measures[2]!.monthly[6]!.value = 361;
    expect(describeDatasetChanges(september(), october)).toEqual(['October 2023 figures added']);
  });

  it('joins two or three new months, across a year end too, and summarises more', () => {
    const later = september();
    later.measures[0]!.monthly[6]!.value = 90;
    later.measures[0]!.monthly[7]!.value = 91;
    expect(describeDatasetChanges(september(), later)).toEqual(['October and November 2023 figures added']);
    later.measures[0]!.monthly[8]!.value = 92;
    later.measures[0]!.monthly[9]!.value = 93;
    expect(describeDatasetChanges(september(), later)).toEqual(['4 months of figures added (October 2023 to January 2024)']);
    const yearEnd = september();
    yearEnd.measures[0]!.monthly[8]!.value = 92;
    yearEnd.measures[0]!.monthly[9]!.value = 93;
    expect(describeDatasetChanges(september(), yearEnd)).toEqual(['December 2023 and January 2024 figures added']);
  });

  it('counts revised figures, late figures for earlier months, targets and measures', () => {
    const revised = september();
    revised.measures[0]!.monthly[4]!.value = 66.1;
    revised.measures[1]!.annual[0]!.value = 4.8;
    revised.measures[2]!.monthly[2] = { month: '2023-06', value: 343, numerator: 1, denominator: 2 };
    revised.measures[1]!.target = 4;
    revised.measures.push(makeMeasure({ id: 'csc-999', monthly: [{ month: '2023-04', value: 1 }] }));
    const before = september();
    before.measures[0]!.monthly[5]!.value = null;
    expect(describeDatasetChanges(before, revised)).toEqual(['1 figure added for earlier periods', '3 figures revised', '1 target changed', '1 measure added']);
  });

  it('reports removed measures and new annual figures', () => {
    const next = september();
    next.measures.pop();
    next.measures[0]!.annual.push({ year: '2024/25', value: 80 });
    expect(describeDatasetChanges(september(), next)).toEqual(['2024/25 annual figures added', '1 measure removed']);
  });

  it('says the date moved, or the text changed, when no figure did', () => {
    const redated = september();
    redated.reportingPeriod.asAt = '2023-10-05';
    expect(describeDatasetChanges(september(), redated)).toEqual(['Data now as at 5 October 2023']);
    const reworded = september();
    reworded.sections[0]!.analysis = [{ type: 'paragraph', text: 'New commentary.' }];
    expect(describeDatasetChanges(september(), reworded)).toEqual(['Commentary or details updated']);
  });
});

describe('describeDatasetChanges: whose figures, for when', () => {
  it('says the authority changed, first, rather than "Commentary or details updated"', () => {
    const swapped = september();
    swapped.authority.name = 'Hartlepool Borough Council';
    expect(describeDatasetChanges(september(), swapped)).toEqual([
      "The authority changed: these are Hartlepool Borough Council's figures, no longer Darlington Borough Council's",
    ]);
    swapped.measures[0]!.monthly[4]!.value = 70;
    expect(describeDatasetChanges(september(), swapped)[0]).toMatch(/^The authority changed/);
  });

  it('says the reporting year changed, and that older data replaced newer', () => {
    const nextYear = september();
    nextYear.reportingPeriod.financialYear = '2024/25';
    expect(describeDatasetChanges(september(), nextYear)).toEqual(['The reporting year changed from 2023/24 to 2024/25']);
    const older = september();
    older.reportingPeriod.asAt = '2023-08-31';
    expect(describeDatasetChanges(september(), older)).toEqual(['Older data: now as at 31 August 2023, before the 30 September 2023 figures shown until now']);
  });

  it('counts measures whose meaning changed: title, unit, basis or which way is better', () => {
    const flipped = september();
    flipped.measures[0]!.polarity = 'lower-is-better';
    flipped.measures[1]!.title = 'Something else';
    expect(describeDatasetChanges(september(), flipped)).toEqual(['2 measures redefined (title, unit, basis or which way is better)']);
  });
});

describe('describeDatasetChanges: edge cases', () => {
  const withMonths = (months: string[]) => {
    const dataset = september();
    dataset.measures = [makeMeasure({ id: 'only', monthly: months.map((month) => ({ month, value: 1 })) })];
    return dataset;
  };

  it('names every month, sorts new months and years whatever order the data gives them in', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    names.forEach((name, i) => {
      const month = `2022-${String(i + 1).padStart(2, '0')}`;
      expect(describeDatasetChanges(withMonths([]), withMonths([month]))).toEqual([`${name} 2022 figures added`]);
    });
    expect(describeDatasetChanges(withMonths([]), withMonths(['2023-03', '2023-01', '2023-02']))).toEqual(['January, February and March 2023 figures added']);
    expect(describeDatasetChanges(withMonths([]), withMonths(['2023-06', '2023-04', '2023-05', '2023-03']))).toEqual([
      '4 months of figures added (March 2023 to June 2023)',
    ]);
    const years = september();
    years.measures = [makeMeasure({ id: 'only', annual: [{ year: '2024/25', value: 1 }, { year: '2022/23', value: 1 }, { year: '2023/24', value: null }] })];
    const none = september();
    none.measures = [makeMeasure({ id: 'only' })];
    expect(describeDatasetChanges(none, years)).toEqual(['2022/23 and 2024/25 annual figures added']);
  });

  it('counts a fraction with no value as a figure, and a changed fraction as a revision', () => {
    const before = withMonths([]);
    before.measures[0]!.monthly = [{ month: '2023-04', value: null, numerator: 1, denominator: 2 }, { month: '2023-05', value: null, denominator: 4 }];
    const after = withMonths([]);
    after.measures[0]!.monthly = [{ month: '2023-04', value: null, numerator: 1, denominator: 3 }, { month: '2023-05', value: null, numerator: 1, denominator: 4 }];
    expect(describeDatasetChanges(before, after)).toEqual(['2 figures revised']);
    const same = withMonths([]);
    same.measures[0]!.monthly = [{ month: '2023-04', value: null, numerator: 1, denominator: 2 }, { month: '2023-05', value: null, denominator: 4 }];
    same.reportingPeriod.asAt = '2023-10-01';
    expect(describeDatasetChanges(before, same)).toEqual(['Data now as at 1 October 2023']);
  });
});
