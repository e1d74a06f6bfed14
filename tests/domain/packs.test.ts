import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { addToPack, movePackItem, removeFromPack, resolvePackHeadlines } from '../../src/domain/packs';

const bundled = datasetModelOf(datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8'))));
const september = bundled.forPeriod('2023-09')!;

describe('a pack of the bundled report', () => {
  it("keeps the pack's order, one slide per family: CSC 038 stands for the CSC 040 family, taken once", () => {
    const headlines = resolvePackHeadlines(september, ['csc-228', 'csc-038', 'csc-022', 'csc-040', 'no-such-measure']);
    expect(headlines.map((h) => h.id)).toEqual(['csc-228', 'csc-040', 'csc-022']);
  });

  it('adds a measure once, and not a second member of a family already in', () => {
    expect(addToPack(['csc-022'], 'csc-228', september.headlineOf)).toEqual(['csc-022', 'csc-228']);
    expect(addToPack(['csc-040'], 'csc-038', september.headlineOf)).toEqual(['csc-040']);
    expect(addToPack(['csc-022'], 'csc-022')).toEqual(['csc-022']);
  });
});

describe('moving and removing', () => {
  it('moves an entry up, down, or to where it was dropped', () => {
    expect(movePackItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(movePackItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });

  it('changes nothing for a move past either end', () => {
    expect(movePackItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(movePackItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });

  it('removes an entry', () => {
    expect(removeFromPack(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });
});
