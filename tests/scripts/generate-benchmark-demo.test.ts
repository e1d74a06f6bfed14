import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { BENCHMARK_DEMO_PATH, CIN_FILE, CLA_FILE, EXAMPLE_DIR, generateBenchmarkDemo } from '../../scripts/generate-benchmark-demo';

const file = datasetSchema.parse(JSON.parse(readFileSync(BENCHMARK_DEMO_PATH, 'utf8')));

describe('the synthetic benchmarks demonstration', () => {
  const generated = generateBenchmarkDemo();

  it('is exactly what the generator writes: the demo dataset, both EES files and the mapping', () => {
    expect(generated.dataset).toEqual(file);
    expect(readFileSync(`${EXAMPLE_DIR}/${CIN_FILE}`, 'utf8')).toBe(generated.cin);
    expect(readFileSync(`${EXAMPLE_DIR}/${CLA_FILE}`, 'utf8')).toBe(generated.cla);
    expect(JSON.parse(readFileSync(`${EXAMPLE_DIR}/synthetic-mapping.json`, 'utf8'))).toEqual(generated.mapping);
  });

  it('says everywhere that it is synthetic', () => {
    expect(file.synthetic).toBe(true);
    expect(file.title).toContain('synthetic benchmarks');
    for (const source of file.benchmarks?.sources ?? []) expect(source.name).toContain('synthetic');
    // Every place comes from the synthetic files; the neighbours' average is named by the importer itself.
    for (const series of file.benchmarks?.series ?? [])
      if (series.area.kind !== 'neighbours-average') expect(series.area.name.toLowerCase()).toContain('synthetic');
    // country_name, region_name and la_name of every row.
    const places = new Set(generated.cin.trim().split('\n').slice(1).flatMap((line) => [4, 6, 9].map((i) => line.split(',')[i] ?? '')).filter((cell) => cell !== ''));
    expect(places.size).toBe(160);
    for (const place of places) expect(place.toLowerCase()).toContain('synthetic');
  });

  it('is in EES form: time_period and time_identifier, National, Regional and Local authority rows', () => {
    const [header, first] = generated.cin.split('\n');
    expect(header).toBe('time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,characteristic,referral_1_day_percent,rereferral_percent,assessment_45_days_percent');
    expect(first).toMatch(/^2020,Reporting year,National,E92000001,/);
    expect(new Set(generated.cin.split('\n').slice(1, -1).map((line) => line.split(',')[2]))).toEqual(new Set(['National', 'Regional', 'Local authority']));
  });

  it('has suppressed, missing and blank cells, kept as null with their symbol', () => {
    const points = (file.benchmarks?.series ?? []).flatMap((s) => s.points);
    expect(new Set(points.filter((p) => p.value === null).map((p) => p.symbol))).toEqual(new Set(['c', 'x', 'blank']));
  });

  it('warns, as intended, about nothing unexpected', () => {
    expect(generated.warnings).toEqual([]);
  });
});
