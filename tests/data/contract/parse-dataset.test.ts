import { readFileSync } from 'node:fs';
import { describeIssues } from '../../../src/data/contract/describe-issues';
import { datasetSchema, datasetSchemaFastPath } from '../../../src/data/contract/indicator-schema';
import { decodeJson, findExcessiveNesting, parseDataset } from '../../../src/data/contract/parse-dataset';
import { makeDataset } from '../../fixtures/make-dataset';

describe('decodeJson', () => {
  it('drops a byte order mark', () => {
    expect(decodeJson('\uFEFF{"a":1}')).toEqual({ ok: true, json: { a: 1 } });
  });

  it('parses deep nesting, which the schema then judges, and refuses unclosed brackets', () => {
    const deep = `{"a":\n${'['.repeat(100)}${']'.repeat(100)}}`;
    expect(decodeJson(deep).ok).toBe(true);
    expect(decodeJson('['.repeat(1_000_000)).ok).toBe(false);
  });

  it('says where the file nests too deeply when the parser runs out of stack', () => {
    const deep = `{"a":\n${'['.repeat(100)}${']'.repeat(100)}}`;
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(decodeJson(deep)).toEqual({ ok: false, message: 'it is nested more than 64 levels deep (at line 2, column 64); an indicator file needs about six' });
  });

  it('ignores brackets inside strings when measuring depth', () => {
    expect(findExcessiveNesting(JSON.stringify({ text: '['.repeat(500), quote: 'a \\" [' }), 64)).toBeNull();
  });

  it('ends a string at a quote after an even run of backslashes, so brackets after it still count', () => {
    const nested = (levels: number): unknown => (levels === 0 ? 1 : [nested(levels - 1)]);
    const text = JSON.stringify({ path: 'C:\\reports\\', quoted: 'say \\"[[[\\"', deep: nested(70) });
    // The object is level 1, so the 64th bracket of "deep" is level 65.
    expect(findExcessiveNesting(text, 64)).toBe(text.indexOf('"deep":[') + '"deep":'.length + 63);
    expect(findExcessiveNesting('{"open": "never closed [[[[', 2)).toBeNull();
  });

  it('explains NaN and Infinity, which some exporters write as bare words', () => {
    const result = decodeJson('{"value": NaN}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/NaN and Infinity are not allowed: write null for a missing figure$/);
    expect(!decodeJson('[1, -Infinity]').ok && (decodeJson('[1, -Infinity]') as { message: string }).message).toMatch(/NaN and Infinity/);
  });

  it('says a file is empty, and passes on the parser\'s position for truncated JSON', () => {
    expect(decodeJson('  ')).toEqual({ ok: false, message: 'the file is empty' });
    const truncated = decodeJson('{"schemaVersion": 1, "measures": [');
    expect(truncated).toEqual({ ok: false, message: 'the file ends in the middle of the data (is it cut short?)' });
    expect(decodeJson('{"a": 1}\n  x')).toEqual({ ok: false, message: 'it is not well-formed JSON: an unexpected character "x" at line 2, column 3' });
  });

  it('never quotes the text around a fault, which a server could fill with words of its own', () => {
    for (const body of ['Service moved, sign in again at https://evil.example/login and call 0800 123 456', '{"a": 1, "b": Sign in at evil.example}']) {
      const result = decodeJson(body);
      expect(result.ok).toBe(false);
      const message = result.ok ? '' : result.message;
      expect(message).toMatch(/^it is not well-formed JSON: an unexpected character "S"/);
      expect(message).not.toMatch(/evil|Service|0800|Sign in/);
    }
  });
});

describe('parseDataset with hostile content', () => {
  it('does not pollute prototypes through "__proto__" or "constructor" keys', () => {
    const text = JSON.stringify(makeDataset()).replace('{"schemaVersion":1,', '{"schemaVersion":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},');
    const decoded = decodeJson(text);
    expect(decoded.ok).toBe(true);
    const parsed = parseDataset(decoded.ok ? decoded.json : null);
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.ok && Object.keys(parsed.dataset)).not.toContain('__proto__');
    expect(parsed.ok && Object.getPrototypeOf(parsed.dataset)).toBe(Object.prototype);
  });

  it('gives clear messages with JSON paths for long text, negative counts and percentages over 100', () => {
    const dataset = makeDataset();
    dataset.title = 'x'.repeat(20_001);
    const parsed = parseDataset(dataset);
    expect(parsed.ok ? [] : parsed.issues).toEqual([{ path: 'title', message: 'title is longer than 20000 characters' }]);

    const figures = makeDataset();
    figures.measures[0]!.monthly[0]!.value = 100.5;
    figures.measures[2]!.monthly[1]!.value = -2;
    figures.measures[0]!.annual[0] = { year: '2020/21', value: null, numerator: -1, denominator: 4 };
    const result = parseDataset(figures);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'measures[0].annual[0].numerator', message: 'must not be negative' },
      { path: 'measures[0].monthly[0].value', message: 'a percentage must be between 0 and 100 (got 100.5)' },
      { path: 'measures[2].monthly[1].value', message: 'must not be negative (got -2)' },
    ]);
  });

  it('refuses NaN and Infinity that reach it from code rather than JSON', () => {
    const dataset = makeDataset();
    dataset.measures[0]!.monthly[0]!.value = Number.NaN;
    dataset.measures[0]!.monthly[1]!.value = Number.POSITIVE_INFINITY;
    const result = parseDataset(dataset);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['measures[0].monthly[0].value', 'measures[0].monthly[1].value']);
  });
});

describe('parseDataset fast path', () => {
  const bundled = () => JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as unknown;

  it('returns for the bundled report exactly what the full schema returns, key order included', () => {
    const parsed = parseDataset(bundled());
    expect(datasetSchemaFastPath.safeParse(bundled()).success).toBe(true);
    expect(parsed.ok && JSON.stringify(parsed.dataset)).toBe(JSON.stringify(datasetSchema.parse(bundled())));
    expect(parsed.ok && parsed.dataset).toEqual(datasetSchema.parse(bundled()));
  });

  it('falls back to the full schema for a point with an unknown key, which is stripped', () => {
    const dataset = makeDataset();
    const point = { ...dataset.measures[0]!.monthly[0]!, note: 'estimated' };
    dataset.measures[0]!.monthly[0] = point;
    expect(datasetSchemaFastPath.safeParse(dataset).success).toBe(false);
    const parsed = parseDataset(dataset);
    expect(parsed.ok && parsed.dataset.measures[0]!.monthly[0]).toEqual({ month: point.month, value: point.value });
    expect(parsed.ok && parsed.dataset).toEqual(datasetSchema.parse(dataset));
  });

  it('falls back for a monthly series with a hole or an extra property, as zod copies neither', () => {
    const extra = makeDataset();
    Object.assign(extra.measures[0]!.monthly, { note: 'x' });
    expect(datasetSchemaFastPath.safeParse(extra).success).toBe(false);
    expect(parseDataset(extra)).toEqual({ ok: true, dataset: datasetSchema.parse(extra) });

    const holed = makeDataset();
    delete holed.measures[0]!.monthly[2];
    expect(datasetSchemaFastPath.safeParse(holed).success).toBe(false);
    expect(parseDataset(holed)).toEqual({ ok: false, issues: [{ path: 'measures[0].monthly[2]', message: 'Invalid input: expected object, received undefined' }], total: 1 });
  });

  it('reports an invalid monthly point with the full schema\'s messages', () => {
    const dataset = makeDataset() as unknown as { measures: { monthly: Record<string, unknown>[] }[] };
    dataset.measures[0]!.monthly[1] = { month: '2023-13', value: 1, numerator: 2.5 };
    const result = parseDataset(dataset);
    expect(result).toEqual({ ok: false, issues: describeIssues(datasetSchema.safeParse(dataset).error!.issues), total: 2 });
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'measures[0].monthly[1].month', message: 'must be a month like "2023-04"' },
      { path: 'measures[0].monthly[1].numerator', message: 'must be a whole number' },
    ]);
  });

  it('lists at most the first thousand problems, then says how many more there are, so a hostile file cannot flood the page', () => {
    const dataset = makeDataset();
    dataset.measures[0]!.monthly = Array.from({ length: 2500 }, (_, i) => ({ month: `bad-${i}`, value: null }));
    const result = parseDataset(dataset);
    if (result.ok) throw new Error('expected problems');
    expect(result.total).toBe(2500);
    expect(result.issues).toHaveLength(1001);
    expect(result.issues.at(-1)).toEqual({ path: '(more)', message: '…and 1500 more problems not listed' });
  });
});
