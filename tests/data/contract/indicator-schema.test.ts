import { parseDataset } from '../../../src/data/contract/parse-dataset';
import { makeDataset } from '../../fixtures/make-dataset';
import { makeMeasure } from '../../fixtures/make-measure';

function issuesOf(input: unknown) {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.issues;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

describe('data contract v1', () => {
  it('accepts a slice of the real report', () => {
    const result = parseDataset(makeDataset());
    expect(result.ok).toBe(true);
  });

  it('ignores unknown fields instead of failing (forward compatibility)', () => {
    const input = { ...makeDataset(), futureField: { anything: true } };
    const result = parseDataset(input);
    expect(result.ok && 'futureField' in result.dataset).toBe(false);
    expect(result.ok).toBe(true);
  });

  it('names the field of a wrong type', () => {
    const input = clone(makeDataset()) as unknown as { measures: { monthly: { value: unknown }[] }[] };
    input.measures[0]!.monthly[1]!.value = '86.7';
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path: 'measures[0].monthly[1].value' }));
  });

  it('rejects a wrong schema version with a message saying which version it reads', () => {
    const issues = issuesOf({ ...makeDataset(), schemaVersion: 2 });
    expect(issues).toEqual([{ path: 'schemaVersion', message: expect.stringContaining('contract v1') }]);
  });

  it('rejects duplicate measure ids', () => {
    const dataset = makeDataset();
    dataset.measures.push(makeMeasure({ id: 'csc-022' }));
    expect(issuesOf(dataset)).toContainEqual({ path: 'measures[3].id', message: 'duplicate id "csc-022"' });
  });

  it('rejects references to sections and service areas that do not exist', () => {
    const dataset = makeDataset();
    dataset.measures[0]!.section = 'no-such-section';
    dataset.sections[1]!.serviceArea = 'nowhere';
    const issues = issuesOf(dataset);
    expect(issues).toContainEqual({ path: 'measures[0].section', message: 'unknown section "no-such-section"' });
    expect(issues).toContainEqual({ path: 'sections[1].serviceArea', message: 'unknown service area "nowhere"' });
  });

  it('rejects invalid and repeated months', () => {
    const dataset = makeDataset();
    dataset.measures[0]!.monthly[1]!.month = '2023-04';
    dataset.measures[1]!.monthly[0]!.month = '2023-13';
    const issues = issuesOf(dataset);
    expect(issues).toContainEqual({ path: 'measures[0].monthly[1].month', message: 'month 2023-04 appears more than once' });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'measures[1].monthly[0].month', message: expect.stringContaining('2023-04') }));
  });

  it('rejects a numerator larger than its denominator', () => {
    const dataset = makeDataset();
    dataset.measures[0]!.monthly[0] = { month: '2023-04', value: 90.9, numerator: 12, denominator: 11 };
    expect(issuesOf(dataset)).toContainEqual({
      path: 'measures[0].monthly[0].numerator',
      message: 'numerator 12 is greater than denominator 11',
    });
  });

  it('rejects percentages outside 0-100 and negative counts', () => {
    const dataset = makeDataset();
    dataset.measures[0]!.monthly[0]!.value = 120;
    dataset.measures[2]!.monthly[0]!.value = -3;
    const issues = issuesOf(dataset);
    expect(issues).toContainEqual({ path: 'measures[0].monthly[0].value', message: 'a percentage must be between 0 and 100 (got 120)' });
    expect(issues).toContainEqual({ path: 'measures[2].monthly[0].value', message: 'must not be negative (got -3)' });
  });

  it('rejects NaN and Infinity', () => {
    const dataset = makeDataset();
    dataset.measures[0]!.monthly[0]!.value = Number.NaN;
    dataset.measures[0]!.monthly[1]!.value = Number.POSITIVE_INFINITY;
    const paths = issuesOf(dataset).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['measures[0].monthly[0].value', 'measures[0].monthly[1].value']));
  });

  it('rejects unknown units and polarities by listing the allowed values', () => {
    const input = clone(makeDataset()) as unknown as { measures: Record<string, unknown>[] };
    input.measures[0]!.unit = 'percentage';
    const issue = issuesOf(input).find((i) => i.path === 'measures[0].unit');
    expect(issue?.message).toMatch(/percent.*count.*rate-per-10k/);
  });

  it('reports every problem at once, not only the first', () => {
    const dataset = makeDataset();
    dataset.measures[0]!.monthly[0]!.value = 150;
    dataset.measures[1]!.section = 'missing';
    dataset.measures[2]!.monthly[3]!.value = -1;
    expect(issuesOf(dataset)).toHaveLength(3);
  });
});

describe('text from the file', () => {
  const invisible = ['\u200b\u200b\u200b', '\u200c\u200d\u2060', '\ufeff', '\u202e', '\u00ad\u2800\u3164', ' \u00a0\u2007\u202f ', '\u200e\u200f\u2066\u2069'];

  it.each(invisible)('refuses a name made only of invisible characters (%j)', (name) => {
    const dataset = makeDataset();
    dataset.authority.name = name;
    dataset.measures[0]!.title = name;
    dataset.measures[0]!.code = name;
    expect(issuesOf(dataset)).toEqual(
      expect.arrayContaining([
        { path: 'authority.name', message: expect.stringMatching(/^authority name must not be empty/) },
        { path: 'measures[0].title', message: expect.stringMatching(/^title must not be empty/) },
        { path: 'measures[0].code', message: expect.stringMatching(/must not be empty|Too small/) },
      ]),
    );
  });

  it('says "must not be empty" once for an empty name', () => {
    const dataset = makeDataset();
    dataset.authority.name = '   ';
    expect(issuesOf(dataset)).toEqual([{ path: 'authority.name', message: 'authority name must not be empty' }]);
  });

  it('isolates a name whose direction controls would run on past it, and closes them', () => {
    const dataset = makeDataset();
    dataset.authority.name = 'Darlington Borough Council\u202e';
    dataset.title = '\u2067\u202bReport';
    const result = parseDataset(dataset);
    if (!result.ok) throw new Error('expected the dataset to be accepted');
    expect(result.dataset.authority.name).toBe('\u2068Darlington Borough Council\u202e\u202c\u2069');
    expect(result.dataset.title).toBe('\u2068\u2067\u202bReport\u202c\u2069\u2069');
    // Read again (from the browser's store, say), it is not wrapped twice.
    const again = parseDataset(result.dataset);
    expect(again.ok && again.dataset.authority.name).toBe(result.dataset.authority.name);
  });

  it('treats the optional measure notes (target source, stated figure source) like every other text field', () => {
    const dataset = makeDataset();
    dataset.measures[0]!.targetSource = 'Set by the DfE\u202e';
    const blank = makeDataset();
    blank.measures[0]!.targetSource = '\u200b\u200b';
    const result = parseDataset(dataset);
    if (!result.ok) throw new Error('expected the dataset to be accepted');
    expect(result.dataset.measures[0]!.targetSource).toBe('\u2068Set by the DfE\u202e\u202c\u2069');
    expect(issuesOf(blank)).toEqual([{ path: 'measures[0].targetSource', message: expect.stringMatching(/^targetSource must not be empty/) }]);
  });

  it('leaves ordinary text exactly as it was', () => {
    const result = parseDataset(makeDataset());
    expect(result.ok && result.dataset.authority.name).toBe('Darlington Borough Council');
  });
});
