import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { NO_FILTER } from '../../src/domain/filter-measures';
import { selectHeadlines } from '../../src/domain/select-headlines';
import { describeSearchMatch } from '../../src/presenters/describe-search-match';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const periodModel = datasetModelOf(bundled).forPeriod('2023-09')!;
const texts = (query: string) =>
  selectHeadlines(periodModel.headlines, { ...NO_FILTER, query }, bundled).map(({ headline, match }) => describeSearchMatch(match!, headline));

describe('describeSearchMatch', () => {
  it('names the fields and the words found there', () => {
    expect(texts('placement stability')[0]).toBe('Matched in title: placement; definition: stable');
    expect(texts('timeliness')[0]).toBe('Matched in section title: timeliness');
  });

  it("names the family member that matched when the tile shows another's figure", () => {
    expect(texts('assessments within 45')[0]).toBe('CSC 038 matched in title: assessments, within, 45');
  });
});
