import { draftEvent } from '../../../src/features/measure/draft-event';

const csc022 = { id: 'csc-022', serviceArea: 'front-door' };

describe('draftEvent', () => {
  it('writes the JSON object for the feed and the CSV heading and row, concerning this measure by default', () => {
    const result = draftEvent({ date: ' 2023-08 ', title: 'Staffing gap', text: 'Two of five social workers left, agency cover from September.', scope: 'measure' }, csc022);
    expect(result).toMatchObject({ ok: true, event: { date: '2023-08', title: 'Staffing gap', concerns: { measures: ['csc-022'] } } });
    if (!result.ok) return;
    expect(JSON.parse(result.json)).toEqual(result.event);
    expect(result.csv).toBe(
      'event_date,event_title,event_text,event_concerns\r\n2023-08,Staffing gap,"Two of five social workers left, agency cover from September.",csc-022\r\n',
    );
  });

  it("concerns the measure's service area or the whole dataset when asked, and never lets a title run as a formula", () => {
    const area = draftEvent({ date: '2023-06-05', title: '=New front door', text: 'Triage the same day.', scope: 'service-area' }, csc022);
    expect(area.ok && area.event.concerns).toEqual({ serviceAreas: ['front-door'] });
    expect(area.ok && area.csv.split('\r\n')[1]).toBe(`2023-06-05,"'=New front door",Triage the same day.,front-door`);
    const all = draftEvent({ date: '2023-09', title: 'Recording change', text: 'New system.', scope: 'dataset' }, csc022);
    expect(all.ok && all.event.concerns).toBe('dataset');
  });

  it('refuses what the contract refuses, each message naming the field', () => {
    expect(draftEvent({ date: '2023-02-30', title: '  ', text: '', scope: 'measure' }, csc022)).toEqual({
      ok: false,
      problems: [
        { field: 'date', message: 'Date: must be a month like "2023-06" or a day like "2023-06-14"' },
        { field: 'title', message: 'Title must not be empty' },
        { field: 'text', message: 'Text must not be empty' },
      ],
    });
  });
});
