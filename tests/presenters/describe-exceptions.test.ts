import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { compareModels } from '../../src/domain/compare-models';
import { describeExceptions, describeVersionChoice } from '../../src/presenters/describe-exceptions';

const bundled = datasetModelOf(datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8'))));
const september = bundled.forPeriod('2023-09')!;
const august = bundled.forPeriod('2023-08')!;

describe('the since-last-meeting slide for September 2023 against August', () => {
  const view = describeExceptions(compareModels(september, august), { currentLabel: 'Sep 2023', baselineLabel: 'Aug 2023' });
  const group = (id: string) => view.groups.find((g) => g.id === id)!;

  it('says what is compared with what, and how much changed', () => {
    expect(view.heading).toBe('Since last meeting');
    expect(view.comparedWith).toBe('Sep 2023 against Aug 2023');
    expect(view.summary).toBe('5 status changes, 0 new SPC signals.');
  });

  it('words each status change with the status now and before', () => {
    expect(group('status').items[0]).toMatchObject({ heading: expect.stringContaining('CSC 026'), text: 'was near target', status: 'on-target' });
    expect(group('status').items).toHaveLength(5);
  });

  it('gives each mover its two figures, the relative change and the direction', () => {
    expect(group('movers').items[2]?.text).toBe('32.0% to 17.3% (−45.9%). Improving: down 14.7 pp on Aug 2023');
  });

  it('says so when a list is empty, rather than showing nothing', () => {
    expect(group('signals')).toMatchObject({ items: [], emptyText: 'No new SPC signal.' });
  });

  it('counts what does not fit the slide', () => {
    const many = describeExceptions(
      { statusChanges: [], newSignals: [], movers: compareModels(september, august, { moverLimit: 20 }).movers },
      { currentLabel: 'Sep 2023', baselineLabel: 'Aug 2023' },
    );
    expect(many.groups[2]?.items).toHaveLength(5);
    expect(many.groups[2]?.hiddenCount).toBeGreaterThan(0);
  });
});

it('names a kept version by the date of its data and when it was first seen', () => {
  expect(describeVersionChoice({ firstSeen: '2023-10-03T09:00:00.000Z', summary: { asAt: '2023-09-30' } })).toMatch(/^Data as at 30 September 2023, first seen Tue 3 Oct 2023/);
});
