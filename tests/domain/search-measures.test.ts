import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { indexMeasures, searchMeasures, stemWord, tokenise, withinEdits } from '../../src/domain/search-measures';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const index = indexMeasures(bundled);
const ids = (query: string) => searchMeasures(index, query).map((m) => m.measureId);

describe('searchMeasures on the bundled report', () => {
  it('finds measures by their section title: "timeliness"', () => {
    expect(ids('timeliness')).toEqual(['csc-022', 'csc-026', 'csc-038', 'csc-040', 'csc-178', 'csc-176']);
    expect(searchMeasures(index, 'timeliness')[0]?.reasons).toEqual([{ field: 'section', words: ['timeliness'] }]);
  });

  it('finds "placement stability" through the placements definition ("stable placements"), whatever the order', () => {
    expect(ids('placement stability')).toEqual(['csc-228', 'csc-229', 'csc-230']);
    expect(ids('stability placement')).toEqual(ids('placement stability'));
    expect(searchMeasures(index, 'placement stability')[0]?.reasons).toEqual([
      { field: 'title', words: ['placement'] },
      { field: 'definition', words: ['stable'] },
    ]);
  });

  it('finds the health assessments, titles that say "health" first', () => {
    const found = ids('health assessment');
    expect(found).toEqual(expect.arrayContaining(['csc-250', 'csc-250b', 'iha-within-20-working-days', 'csc-251']));
    expect(found.indexOf('csc-250')).toBeLessThan(found.indexOf('csc-251'));
  });

  it('finds CSC 038 and CSC 040 for "assessments within 45", CSC 038 first (every word in its title)', () => {
    const found = ids('assessments within 45');
    expect(found.slice(0, 2)).toEqual(['csc-038', 'csc-040']);
    expect(searchMeasures(index, 'assessments within 45')[1]?.reasons).toEqual([
      { field: 'title', words: ['within', '45'] },
      { field: 'section', words: ['assessments'] },
    ]);
  });

  it('forgives a slip of the keyboard only where the word is not in the text', () => {
    expect(ids('asessment timeliness').slice(0, 2)).toEqual(['csc-038', 'csc-040']);
    expect(ids('placment')).toEqual(expect.arrayContaining(['csc-228', 'csc-229', 'csc-230']));
    // "stable" is one letter from "table" (in notes), but is in the text itself, so "table" is not offered.
    expect(ids('stability')).toEqual(['csc-228', 'csc-229', 'csc-230']);
  });

  it('keeps code and title searches as before, first', () => {
    expect(ids('022')).toEqual(['csc-022']);
    expect(ids('csc252a')).toEqual(['csc-252a-10-days', 'csc-252a-15-days']);
    expect(searchMeasures(index, '022')[0]?.reasons).toEqual([{ field: 'code', words: ['022'] }]);
    expect(ids('re-ref')).toEqual(expect.arrayContaining(['csc-032', 'csc-034']));
    expect(ids('re-ref')).not.toContain('csc-022');
  });

  it('matches nothing for an empty query or words that are nowhere', () => {
    expect(searchMeasures(index, '   ')).toEqual([]);
    expect(searchMeasures(index, 'xylophone')).toEqual([]);
    expect(searchMeasures(index, 'timeliness xylophone')).toEqual([]);
  });
});

describe('the words a search compares', () => {
  it('reduces plain endings so forms of one word meet', () => {
    expect(stemWord('placements')).toBe('placement');
    expect(stemWord('stability')).toBe('stable');
    expect(stemWord('timeliness')).toBe('timely');
    expect(stemWord('enquiries')).toBe('enquiry');
    expect(stemWord('process')).toBe('process');
    expect(stemWord('252bs')).toBe('252bs');
  });

  it('keeps words joined by punctuation together and remembers how they were written', () => {
    expect(tokenise('Re-referrals (C&F): 45 days.')).toEqual([
      ['rereferral', 're-referrals'],
      ['cf', 'c&f'],
      ['45', '45'],
      ['days', 'days'],
    ]);
  });

  it('counts letters changed, added, dropped and swapped', () => {
    expect(withinEdits('assessment', 'asessment', 1)).toBe(true);
    expect(withinEdits('timely', 'timley', 1)).toBe(true);
    expect(withinEdits('stable', 'table', 1)).toBe(true);
    expect(withinEdits('placement', 'plaecmnet', 1)).toBe(false);
    expect(withinEdits('placement', 'plaecmnet', 2)).toBe(true);
  });
});
