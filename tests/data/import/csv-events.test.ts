import { readFileSync } from 'node:fs';
import { importText } from '../../../src/data/import/import-file';
import { readEventDate } from '../../../src/data/import/csv-events';

/** Event rows added to the good CSV fixture (synthetic events: the bundled report has none), columns at the end. */
const good = readFileSync('tests/fixtures/import/good.csv', 'utf8').replace(/\r?\n$/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
const EXTRA = ',Event Date,Event Title,Event Text,Event Concerns';
const eventRow = (measure: string, date: string, title: string, text: string, concerns: string) => `${measure},,,,,,,,,,,,,,,,,,,,${date},${title},${text},${concerns}`;

function csvWith(rows: string[]): string {
  return [`${good[0]}${EXTRA}`, ...good.slice(1).map((line) => `${line},,,,`), ...rows].join('\n');
}

const importRows = (rows: string[]) => importText(csvWith(rows), 'good.csv', { authority: 'Darlington Borough Council' });

describe('event rows in the CSV long format', () => {
  it('become the events part: ids sorted into measures and service areas, "dataset" for all, the row\'s measure by default', async () => {
    const result = await importRows([
      eventRow('', 'Jun-23', 'New front-door process', 'Triage by a duty senior the same day.', 'front-door; csc-178'),
      eventRow('csc-022', '14/08/2023', 'Staffing gap', 'Two of five social workers left.', ''),
      eventRow('', '2023-09', 'Recording change', '"Case notes moved to the new system, some late."', 'Dataset'),
    ]);
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    expect(result.dataset.events).toEqual([
      { date: '2023-06', title: 'New front-door process', text: 'Triage by a duty senior the same day.', concerns: { measures: ['csc-178'], serviceAreas: ['front-door'] } },
      { date: '2023-08-14', title: 'Staffing gap', text: 'Two of five social workers left.', concerns: { measures: ['csc-022'] } },
      { date: '2023-09', title: 'Recording change', text: 'Case notes moved to the new system, some late.', concerns: 'dataset' },
    ]);
    expect(result.dataset.measures).toHaveLength(3);
  });

  it('names the row and column of a bad date, an unknown id, a missing scope and an empty title', async () => {
    const result = await importRows([
      eventRow('', '31/02/2023', 'Bad date', 'Text.', 'dataset'),
      eventRow('', '2023-06', 'Unknown id', 'Text.', 'csc-999'),
      eventRow('', '2023-06', 'No scope', 'Text.', ''),
      eventRow('', '2023-06', '', 'A text without its title.', 'dataset'),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const rows = good.length;
    expect(result.issues.map((i) => i.path)).toEqual([
      `Row ${rows + 1}, column event_date`,
      `Row ${rows + 2}, column event_concerns`,
      `Row ${rows + 3}, column event_concerns`,
      `Row ${rows + 4}, column event_title`,
    ]);
    expect(result.issues.map((i) => i.message)).toEqual([
      '"31/02/2023" is not a real date: write a month ("2023-06" or "Jun-23") or a day ("2023-06-14" or "14/06/2023")',
      '"csc-999" is neither a measure nor a service area of the file',
      'say what the event concerns: measure or service area ids ("csc-022; front-door"), or "dataset" for all',
      'title must not be empty',
    ]);
  });

  it('reads a month or a day as Excel writes them', () => {
    expect(['2023-06', 'Jun-23', 'June 2023', '2023-06-14', '14/06/2023'].map((cell) => readEventDate(cell))).toEqual([
      { ok: true, value: '2023-06' },
      { ok: true, value: '2023-06' },
      { ok: true, value: '2023-06' },
      { ok: true, value: '2023-06-14' },
      { ok: true, value: '2023-06-14' },
    ]);
    expect(readEventDate('2023/24')).toMatchObject({ ok: false });
  });
});
