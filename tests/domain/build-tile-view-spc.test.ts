import { readFileSync } from 'node:fs';
import { buildTileView } from '../../src/domain/build-tile-view';
import { createMonthPeriod } from '../../src/domain/period';
import { summariseMeasure } from '../../src/domain/summarise-measure';
import { parseDataset } from '../../src/data/contract/parse-dataset';
import type { Dataset } from '../../src/domain/indicators';
import { makeDataset } from '../fixtures/make-dataset';

function load(path: string): Dataset {
  const result = parseDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} is invalid`);
  return result.dataset;
}

describe('SPC icons on a tile', () => {
  it('are left off when a measure has fewer than 15 months (the bundled report has 6)', () => {
    const [csc022] = makeDataset().measures;
    expect(buildTileView(summariseMeasure(csc022!, createMonthPeriod('2023-09'), '2023/24')).spc).toBeNull();
  });

  it('carry the variation and assurance, in words, for a measure with years of history', () => {
    const demo = load('public/data/demo-synthetic.json');
    const measure = demo.measures.find((m) => m.id === 'demo-referrals-1-day')!;
    const tile = buildTileView(summariseMeasure(measure, createMonthPeriod('2023-09'), demo.reportingPeriod.financialYear));
    expect(tile.spc).not.toBeNull();
    expect(tile.spc!.variation.label.length).toBeGreaterThan(10);
    expect(['common-cause', 'improvement', 'concern']).toContain(tile.spc!.variation.kind);
    expect(tile.spc!.assurance?.kind).toMatch(/^(pass|fail|hit-and-miss)$/);
  });

  it('are not worked out where they are not drawn, and the rest of the tile is the same', () => {
    const demo = load('public/data/demo-synthetic.json');
    const measure = demo.measures.find((m) => m.id === 'demo-referrals-1-day')!;
    const summary = summariseMeasure(measure, createMonthPeriod('2023-09'), demo.reportingPeriod.financialYear);
    const plain = buildTileView(summary, { spcIcons: false });
    expect(plain.spc).toBeNull();
    expect({ ...buildTileView(summary), spc: null }).toEqual(plain);
  });

  it('have no assurance for a neutral measure', () => {
    const demo = load('public/data/demo-synthetic.json');
    const measure = demo.measures.find((m) => m.id === 'demo-referrals-received')!;
    const tile = buildTileView(summariseMeasure(measure, createMonthPeriod('2023-09'), demo.reportingPeriod.financialYear));
    expect(tile.spc?.assurance).toBeNull();
  });
});
