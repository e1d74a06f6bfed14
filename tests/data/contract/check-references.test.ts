import { parseDataset } from '../../../src/data/contract/parse-dataset';
import { makeDataset } from '../../fixtures/make-dataset';

function issuesOf(dataset: unknown) {
  const result = parseDataset(dataset);
  return result.ok ? [] : result.issues;
}

describe('cross-field rules beside type errors', () => {
  it('lists a wrong type and an unknown reference from the same file at once', () => {
    const dataset = makeDataset() as unknown as { measures: Record<string, unknown>[] };
    (dataset.measures[0]!.monthly as Record<string, unknown>[])[1]!.value = '81.3';
    dataset.measures[1]!.serviceArea = 'childrens-homes';
    dataset.measures[2]!.partOf = 'no-such-measure';
    expect(issuesOf(dataset)).toEqual([
      { path: 'measures[0].monthly[1].value', message: 'Invalid input: expected number, received string' },
      { path: 'measures[1].serviceArea', message: 'unknown service area "childrens-homes"' },
      { path: 'measures[2].partOf', message: 'unknown measure "no-such-measure"' },
    ]);
  });

  it('says nothing more of a field that already has a problem', () => {
    const dataset = makeDataset() as unknown as { measures: Record<string, unknown>[] };
    dataset.measures[0]!.serviceArea = 'Front Door';
    expect(issuesOf(dataset)).toEqual([
      { path: 'measures[0].serviceArea', message: 'must be a slug: lower-case letters, digits and single hyphens (e.g. "csc-022")' },
    ]);
  });

  it('still checks the figures of a measure whose other fields are broken', () => {
    const dataset = makeDataset() as unknown as { measures: Record<string, unknown>[] };
    dataset.measures[0]!.title = 42;
    (dataset.measures[0]!.monthly as Record<string, unknown>[])[0] = { month: '2023-04', value: 20, numerator: 9, denominator: 4 };
    expect(issuesOf(dataset).map((issue) => issue.path)).toEqual(['measures[0].title', 'measures[0].monthly[0].numerator']);
  });

  it('copes with a file whose top level is the wrong shape entirely', () => {
    expect(issuesOf([1, 2, 3])).toEqual([{ path: '(top level)', message: 'Invalid input: expected object, received array' }]);
    expect(issuesOf({ schemaVersion: 1, measures: 'none', sections: [null, 7] }).map((issue) => issue.path)).toContain('measures');
  });
});
