import { buildSourceView, formatMoment } from '../../src/app/build-source-view';
import { DatasetLoadError } from '../../src/data/load/dataset-load-error';

const now = new Date(2023, 10, 2, 14, 30, 0).getTime();
const at = (hours: number, minutes: number, seconds = 0) => new Date(2023, 10, 2, hours, minutes, seconds).getTime();
const base = {
  source: { kind: 'link', url: '/feeds/test.json' } as const,
  imported: null,
  rejected: null,
  dataUpdatedAt: at(14, 5, 9),
  errorUpdatedAt: 0,
  hasData: true,
  error: null,
  now,
};

describe('buildSourceView', () => {
  it('names a feed, its address and when it was last checked', () => {
    expect(buildSourceView(base)).toMatchObject({
      name: 'Feed from a link',
      address: '/feeds/test.json',
      checked: 'Last checked at 14:05:09',
      canRefresh: true,
      canReturnToBundled: true,
      stale: null,
    });
  });

  it('turns a failed check with data still on screen into a stale banner, reason and all', () => {
    const error = new DatasetLoadError('invalid', '/feeds/test.json', '/feeds/test.json does not match data contract v1 (1 problem).', [
      { path: 'measures[0].id', message: 'duplicate id "csc-022"' },
    ]);
    const view = buildSourceView({ ...base, error, errorUpdatedAt: at(14, 10) });
    expect(view.checked).toBe('Last checked at 14:10:00');
    expect(view.stale).toEqual({
      headline: 'Stale: showing the figures last updated at 14:05:09.',
      reason: 'The feed failed because /feeds/test.json does not match data contract v1 (1 problem). The dashboard keeps trying, less often each time.',
      issues: [{ path: 'measures[0].id', message: 'duplicate id "csc-022"' }],
    });
    const http = buildSourceView({ ...base, error: new DatasetLoadError('http', 'x', 'The server answered 500 for x.') });
    expect(http.stale?.reason).toMatch(/^The feed failed because the server answered 500 for x\./);
  });

  it('reads no clock in a published page or while it is hydrated, so the HTML and the first render agree', () => {
    expect(buildSourceView({ ...base, now: null }).checked).toBe('Figures as published');
    expect(buildSourceView({ ...base, now: null, dataUpdatedAt: 0, hasData: false }).checked).toBe('Figures as published');
  });

  it('says the figures are loading before the first answer, so the line is there from the start', () => {
    expect(buildSourceView({ ...base, dataUpdatedAt: 0, hasData: false }).checked).toBe('Loading…');
  });

  it('shows no stale banner for a first load that failed (the error panel covers it)', () => {
    expect(buildSourceView({ ...base, hasData: false, error: new Error('boom') }).stale).toBeNull();
  });

  it('describes an imported file and offers an import that is not in use', () => {
    const imported = { versionId: 'import-1', fileName: 'october.csv', importedAt: new Date(at(9, 15)).toISOString(), active: true };
    expect(buildSourceView({ ...base, source: { kind: 'imported', versionId: 'import-1' }, imported })).toMatchObject({
      name: 'Imported file',
      address: 'october.csv, imported at 09:15:00',
      checked: null,
      canRefresh: false,
      hasImport: true,
      inactiveImport: null,
    });
    const bundled = buildSourceView({ ...base, source: { kind: 'bundled', url: '/data/indicators.json' }, imported: { ...imported, active: false } });
    expect(bundled).toMatchObject({ name: 'Bundled report', canReturnToBundled: false, inactiveImport: 'october.csv' });
  });

  it('lists the import history with dates and a summary, marking the one on screen', () => {
    const version = (id: string, label: string, minute: number, title: string) => ({
      id,
      source: 'import',
      label,
      firstSeen: new Date(at(9, minute)).toISOString(),
      lastSeen: new Date(at(9, minute)).toISOString(),
      fingerprint: id,
      summary: { authority: 'Darlington Borough Council', title, asAt: '2023-10-31', measureCount: 3, latestMonth: '2023-10' },
    });
    const history = [version('import-2', 'november.csv', 30, 'November'), version('import-1', 'october.csv', 15, 'October')];
    const view = buildSourceView({ ...base, source: { kind: 'imported', versionId: 'import-1' }, imported: null, history });
    expect(view.hasImport).toBe(true);
    expect(view.imports).toEqual([
      { versionId: 'import-2', fileName: 'november.csv', imported: 'imported at 09:30:00', summary: 'Darlington Borough Council · 3 measures · figures to October 2023 · data as at 31 October 2023', showing: false },
      { versionId: 'import-1', fileName: 'october.csv', imported: 'imported at 09:15:00', summary: 'Darlington Borough Council · 3 measures · figures to October 2023 · data as at 31 October 2023', showing: true },
    ]);
  });

  it('passes on why a ?data= address was ignored', () => {
    expect(buildSourceView({ ...base, rejected: 'The data address "javascript:x" was ignored.' }).rejected).toBe('The data address "javascript:x" was ignored.');
  });
});

describe('formatMoment', () => {
  it('gives the time for today and the date for other days', () => {
    expect(formatMoment(at(8, 0, 5), now)).toBe('at 08:00:05');
    expect(formatMoment(new Date(2023, 9, 3, 14, 5).getTime(), now)).toBe('on 3 Oct 2023, 14:05');
    expect(formatMoment(0, now)).toBe('at an unknown time');
  });

  it('keeps an imported file name that holds direction controls from reordering the words after it', () => {
    const imported = { versionId: 'import-1', fileName: 'report\u202e.csv', importedAt: new Date(at(9, 0)).toISOString(), active: false };
    const view = buildSourceView({ ...base, imported });
    expect(view.inactiveImport).toBe('\u2068report\u202e.csv\u202c\u2069');
  });
});
