import { buildChartEvents, describeEventScope, eventCellText, formatEventDate } from '../../src/presenters/event-views';
import { selectMeasureEvents } from '../../src/domain/select-measure-events';
import type { DatasetEvent } from '../../src/domain/events';

const measure = { id: 'demo-referrals-1-day', serviceArea: 'demo-front-door' };
const EVENTS: DatasetEvent[] = [
  { date: '2021-04-06', title: 'New front-door process', text: 'A single front door.', concerns: { serviceAreas: ['demo-front-door'] } },
  { date: '2022-10', title: 'Change in recording', text: 'A new system.', concerns: 'dataset' },
  { date: '2023-01', title: 'Duty rota changed', text: 'Same year as the recording change.', concerns: { measures: ['demo-referrals-1-day', 'demo-re-referrals'] } },
];
const chosen = selectMeasureEvents(EVENTS, measure);

describe('event views', () => {
  it('write a day or a month as the page shows dates', () => {
    expect([formatEventDate('2021-04-06'), formatEventDate('2022-10')]).toEqual(['6 Apr 2021', 'Oct 2022']);
  });

  it('say whom an event concerns in words', () => {
    const areaName = (id: string) => (id === 'demo-front-door' ? 'Front door (synthetic)' : id);
    expect(EVENTS.map((e) => describeEventScope(e, measure, areaName))).toEqual(['Front door (synthetic) (service area)', 'Every measure', 'This measure, demo-re-referrals']);
  });

  it('put events of one financial year under one marker on the annual chart, and list them in its row', () => {
    expect(buildChartEvents(chosen, measure).markers).toEqual([
      { key: '2021-04', label: '1' },
      { key: '2022-10', label: '2' },
      { key: '2023-01', label: '3' },
    ]);
    expect(buildChartEvents(chosen, measure, { byYear: true }).markers).toEqual([
      { key: '2021/22', label: '1' },
      { key: '2022/23', label: '2, 3' },
    ]);
    expect(eventCellText(chosen, '2022/23', { byYear: true })).toBe('2. Change in recording (Oct 2022); 3. Duty rota changed (Jan 2023)');
    expect(eventCellText(chosen, '2023-02')).toBe('');
  });
});
