import { readFileSync } from 'node:fs';
import { buildJsonSchema } from '../../../src/data/contract/build-json-schema';

const committed = JSON.parse(readFileSync('public/schema/indicators.v1.json', 'utf8')) as Record<string, unknown>;

describe('published JSON Schema', () => {
  it('matches the zod contract (run `npm run schema` when this fails)', () => {
    expect(committed).toEqual(buildJsonSchema());
  });

  it('requires the top-level fields of contract v1 and describes measures fully', () => {
    expect(committed.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'authority', 'title', 'reportingPeriod', 'serviceAreas', 'sections', 'measures']),
    );
    const measure = (committed.properties as Record<string, { items: { required: string[]; properties: Record<string, unknown> } }>).measures!.items;
    expect(measure.required).toEqual(
      expect.arrayContaining(['id', 'code', 'title', 'section', 'serviceArea', 'unit', 'polarity', 'basis', 'additive', 'target', 'monthly', 'annual']),
    );
    expect(measure.properties.unit).toEqual(expect.objectContaining({ enum: ['percent', 'count', 'rate-per-10k'] }));
  });
});
