import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { NO_FILTER } from '../../src/domain/filter-measures';
import { selectHeadlines } from '../../src/domain/select-headlines';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const periodModel = datasetModelOf(bundled).forPeriod('2023-09')!;
const select = (filter: Partial<typeof NO_FILTER>) => selectHeadlines(periodModel.headlines, { ...NO_FILTER, ...filter }, bundled);

describe('selectHeadlines', () => {
  it('keeps the overview order and one entry per family without a search', () => {
    const all = select({});
    expect(all.map((s) => s.headline.id)).toEqual(periodModel.headlines.map((h) => h.id));
    expect(all.every((s) => s.match === null)).toBe(true);
  });

  it('puts the best match first and keeps a family when any member matches', () => {
    const found = select({ query: 'assessments within 45' });
    // CSC 040 heads the family; CSC 038 (every word in its title) is the best member, so its match is kept.
    expect(found[0]?.headline.members.map((m) => m.measure.id)).toEqual(expect.arrayContaining(['csc-040', 'csc-038']));
    expect(found[0]?.match?.measureId).toBe('csc-038');
    expect(found.filter((s) => s.headline.members.some((m) => m.measure.id === 'csc-038'))).toHaveLength(1);
  });

  it('applies the area and status filters before the search', () => {
    expect(select({ query: 'timeliness', areas: ['front-door'] }).map((s) => s.headline.id)).toEqual(['csc-022', 'csc-026']);
    const inCare = select({ query: 'health assessment', areas: ['children-in-care'] });
    expect(inCare).toEqual([]);
    const health = select({ query: 'health assessment' });
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((s) => s.headline.summary.measure.serviceArea === 'health-of-children-in-care')).toBe(true);
  });
});
