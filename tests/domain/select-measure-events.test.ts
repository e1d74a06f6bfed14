import { concernsMeasure, selectMeasureEvents } from '../../src/domain/select-measure-events';
import type { DatasetEvent } from '../../src/domain/events';

const csc022 = { id: 'csc-022', serviceArea: 'front-door' };
const csc026 = { id: 'csc-026', serviceArea: 'front-door' };
const csc201 = { id: 'csc-201', serviceArea: 'children-in-care' };

const at = (date: string, title: string, concerns: DatasetEvent['concerns']): DatasetEvent => ({ date, title, text: `${title}.`, concerns });

const EVENTS: DatasetEvent[] = [
  at('2023-09', 'Recording change', 'dataset'),
  at('2023-06-14', 'New front-door process', { measures: ['csc-022'] }),
  at('2023-08', 'Staffing gap', { serviceAreas: ['front-door'] }),
  at('2022-11', 'Placement review', { measures: ['csc-201'] }),
];

describe('concernsMeasure', () => {
  it('takes a measure named by id, through its service area, or by the whole dataset', () => {
    expect(EVENTS.map((e) => concernsMeasure(e, csc022))).toEqual([true, true, true, false]);
    expect(EVENTS.map((e) => concernsMeasure(e, csc026))).toEqual([true, false, true, false]);
    expect(EVENTS.map((e) => concernsMeasure(e, csc201))).toEqual([true, false, false, true]);
  });
});

describe('selectMeasureEvents', () => {
  it('numbers the events of a measure oldest first, placing a day in its month', () => {
    expect(selectMeasureEvents(EVENTS, csc022).map(({ month, number, event }) => [number, month, event.title])).toEqual([
      [1, '2023-06', 'New front-door process'],
      [2, '2023-08', 'Staffing gap'],
      [3, '2023-09', 'Recording change'],
    ]);
  });

  it('keeps those within the charted months, with the numbers they have on every chart', () => {
    const months = ['2023-07', '2023-08', '2023-09'];
    expect(selectMeasureEvents(EVENTS, csc022, months).map((e) => e.number)).toEqual([2, 3]);
    expect(selectMeasureEvents(EVENTS, csc201, ['2023-04', '2023-05'])).toEqual([]);
    expect(selectMeasureEvents(EVENTS, csc201, [])).toEqual([]);
  });

  it('keeps the file order for events of one date, and reads no events as none', () => {
    const twin = [at('2023-08', 'First', 'dataset'), at('2023-08', 'Second', 'dataset')];
    expect(selectMeasureEvents(twin, csc026).map((e) => e.event.title)).toEqual(['First', 'Second']);
    expect(selectMeasureEvents(undefined, csc026)).toEqual([]);
  });
});
