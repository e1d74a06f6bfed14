import { readFileSync } from 'node:fs';
import { buildTileView } from '../../src/presenters/build-tile-view';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { parseDataset } from '../../src/data/contract/parse-dataset';
import type { Dataset } from '../../src/domain/indicators';
import { makeDataset } from '../fixtures/make-dataset';

function load(path: string): Dataset {
  const result = parseDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} is invalid`);
  return result.dataset;
}

/** A tile as the overview builds it: from the period model's summary and SPC result. */
function tileOf(dataset: Dataset, measureId: string, period = '2023-09') {
  const periodModel = datasetModelOf(dataset).forPeriod(period)!;
  return buildTileView(periodModel.summaryOf(measureId)!, periodModel.spcOf(measureId));
}

describe('SPC icons on a tile', () => {
  it('are left off when a measure has fewer than 15 months (the bundled report has 6)', () => {
    const dataset = makeDataset();
    expect(tileOf(dataset, dataset.measures[0]!.id).spc).toBeNull();
  });

  it('carry the variation and assurance, in words, for a measure with years of history', () => {
    const tile = tileOf(load('public/data/demo-synthetic.json'), 'demo-referrals-1-day');
    expect(tile.spc).not.toBeNull();
    expect(tile.spc!.variation.label.length).toBeGreaterThan(10);
    expect(['common-cause', 'improvement', 'concern']).toContain(tile.spc!.variation.kind);
    expect(tile.spc!.assurance?.kind).toMatch(/^(pass|fail|hit-and-miss)$/);
  });

  it('are not worked out where they are not drawn, and the rest of the tile is the same', () => {
    const periodModel = datasetModelOf(load('public/data/demo-synthetic.json')).forPeriod('2023-09')!;
    const summary = periodModel.summaryOf('demo-referrals-1-day')!;
    const plain = buildTileView(summary);
    expect(plain.spc).toBeNull();
    expect({ ...buildTileView(summary, periodModel.spcOf('demo-referrals-1-day')), spc: null }).toEqual(plain);
  });

  it('have no assurance for a neutral measure', () => {
    expect(tileOf(load('public/data/demo-synthetic.json'), 'demo-referrals-received').spc?.assurance).toBeNull();
  });
});
