import { parseDataset } from '../../../src/data/contract/parse-dataset';
import { makeDataset } from '../../fixtures/make-dataset';

const problems = (events: unknown) => {
  const result = parseDataset({ ...makeDataset(), events });
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

const event = (overrides: Record<string, unknown> = {}) => ({
  date: '2023-08',
  title: 'Staffing gap in the front door team',
  text: 'Two of five social workers left in July; agency cover started in September.',
  concerns: { serviceAreas: ['front-door'] },
  ...overrides,
});

describe('the events part of data contract v1', () => {
  it('is optional, and accepts events on a month or a day for measures, service areas or the whole dataset', () => {
    expect(parseDataset(makeDataset())).toMatchObject({ ok: true });
    const result = parseDataset({
      ...makeDataset(),
      events: [
        event(),
        event({ date: '2023-06-14', concerns: { measures: ['csc-022', 'csc-026'] } }),
        event({ date: '2024-02-29', concerns: 'dataset' }),
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events?.map((e) => e.concerns)).toEqual([{ serviceAreas: ['front-door'] }, { measures: ['csc-022', 'csc-026'] }, 'dataset']);
  });

  it('names the field of each mistake: unknown ids, bad dates, empty title, an empty scope', () => {
    expect(problems([event({ concerns: { measures: ['csc-022', 'csc-999'], serviceAreas: ['nowhere'] } }), event({ date: '2023-13' })])).toEqual([
      'events[1].date: must be a month like "2023-06" or a day like "2023-06-14"',
      'events[0].concerns.measures[1]: unknown measure "csc-999"',
      'events[0].concerns.serviceAreas[0]: unknown service area "nowhere"',
    ]);
    expect(
      problems([
        event(),
        event({ date: '2023-13' }),
        event({ date: '2023-02-30' }),
        event({ title: '   ' }),
        event({ title: '\u200b' }),
        event({ concerns: {} }),
        event({ concerns: 'everything' }),
      ]),
    ).toEqual([
      'events[1].date: must be a month like "2023-06" or a day like "2023-06-14"',
      'events[2].date: must be a month like "2023-06" or a day like "2023-06-14"',
      'events[3].title: title must not be empty',
      'events[4].title: title must not be empty: it holds only invisible characters',
      'events[5].concerns: name at least one measure or service area, or write "dataset" for the whole dataset',
      'events[6].concerns: must be "dataset" or an object listing "measures" and/or "serviceAreas" by id',
    ]);
  });

  it('treats title and text as data text: isolated from the text around them, and a title kept short', () => {
    const result = parseDataset({ ...makeDataset(), events: [event({ title: 'Recording change\u202e' })] });
    expect(result.ok && result.dataset.events?.[0]?.title).toBe('\u2068Recording change\u202e\u202c\u2069');
    expect(problems([event({ title: 'x'.repeat(81) })])).toEqual(['events[0].title: title is longer than 80 characters']);
  });
});
