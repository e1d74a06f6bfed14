/**
 * Writes the benchmarks demonstration, all of it synthetic: two data files in DfE's Explore Education Statistics
 * format (docs/examples/benchmarks/synthetic_*.csv: 150 invented authorities in 9 invented regions, four reporting
 * years, a filter column, suppressed and missing cells), the mapping that reads them, and
 * public/data/demo-benchmarks.json: the SPC demo's measures with those benchmarks, imported by the real importer.
 * Deterministic (a seeded PRNG), so `npm run demo-data` rewrites the same files byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../src/domain/indicators';
import { roundTo } from '../src/domain/numbers';
import { importBenchmarks, describeEesIssue } from '../src/data/benchmarks/import-benchmarks';
import type { BenchmarkMapping } from '../src/data/benchmarks/benchmark-mapping';
import { datasetSchema } from '../src/data/contract/indicator-schema';
import { generateDemoDataset } from './generate-demo-dataset';
import { createRandom } from './lib/synthetic-series';

export const BENCHMARK_DEMO_SEED = 20232;
export const BENCHMARK_DEMO_PATH = 'public/data/demo-benchmarks.json';
export const EXAMPLE_DIR = 'docs/examples/benchmarks';
export const CIN_FILE = 'synthetic_children_in_need.csv';
export const CLA_FILE = 'synthetic_care_leavers.csv';
export const DEMO_LA = 'Demo Borough (synthetic)';

/** Reporting years 2020 to 2023: the years to 31 March 2020 (2019/20) to 31 March 2023 (2022/23). */
const REPORTING_YEARS = [2020, 2021, 2022, 2023];
const REGIONS = ['North', 'North West', 'Yorkshire', 'East Midlands', 'West Midlands', 'East', 'London', 'South East', 'South West'].map(
  (name) => `${name} (synthetic region)`,
);
const SYNTHETIC_URL = 'https://example.org/synthetic-benchmarks-demo';

type Authority = { name: string; newCode: string; oldCode: string; region: string };

function authorities(): Authority[] {
  const list = Array.from({ length: 149 }, (_, i) => ({
    name: `Synthetic Authority ${String(i + 1).padStart(3, '0')}`,
    newCode: `Z99${String(i + 1).padStart(6, '0')}`,
    oldCode: String(900 + i + 1),
    region: REGIONS[i % REGIONS.length] ?? '',
  }));
  return [{ name: DEMO_LA, newCode: 'Z99000000', oldCode: '900', region: REGIONS[0] ?? '' }, ...list];
}

/** The demo authority's own published figure is its Annual Trend figure, as if DfE had published its return. */
function ownFigure(dataset: Dataset, measureId: string, reportingYear: number): number | null {
  const year = `${reportingYear - 1}/${String(reportingYear % 100).padStart(2, '0')}`;
  return dataset.measures.find((m) => m.id === measureId)?.annual.find((a) => a.year === year)?.value ?? null;
}

type Indicator = { column: string; measure: string; mean: number; spread: number };

/**
 * One EES file: national, regional and local authority rows for every reporting year and filter value. Every tenth
 * authority-year is suppressed ("c"), one authority has no figures at all ("x"), one year of another is blank.
 */
function eesFile(dataset: Dataset, indicators: Indicator[], filter: { column: string; values: string[] }, seed: number): string {
  const random = createRandom(seed);
  const las = authorities();
  const header = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name', 'region_code', 'region_name', 'old_la_code', 'new_la_code', 'la_name', filter.column, ...indicators.map((i) => i.column)];
  const rows: string[][] = [];
  for (const year of REPORTING_YEARS) {
    for (const value of filter.values) {
      const figures = new Map<string, (number | string)[]>();
      las.forEach((la, n) => {
        figures.set(
          la.name,
          indicators.map((indicator) => {
            if (la.name === DEMO_LA && value === filter.values[0]) return ownFigure(dataset, indicator.measure, year) ?? 'x';
            if (la.name === 'Synthetic Authority 007') return 'x';
            if ((n + year) % 10 === 0) return 'c';
            if (la.name === 'Synthetic Authority 010' && year === 2021) return '';
            // Rounded to whole numbers on purpose: published percentages often tie, and ranks must cope.
            return Math.round(indicator.mean + (REGIONS.indexOf(la.region) - 4) * 0.6 + (random() - 0.5) * 2 * indicator.spread);
          }),
        );
      });
      const mean = (list: Authority[], i: number) => {
        const known = list.map((la) => figures.get(la.name)?.[i]).filter((v): v is number => typeof v === 'number');
        return known.length ? String(roundTo(known.reduce((a, b) => a + b, 0) / known.length, 1)) : 'x';
      };
      const base = (level: string) => [String(year), 'Reporting year', level, 'E92000001', 'England (synthetic)'];
      rows.push([...base('National'), '', '', '', '', '', value, ...indicators.map((_, i) => mean(las, i))]);
      REGIONS.forEach((region, r) => {
        const inRegion = las.filter((la) => la.region === region);
        rows.push([...base('Regional'), `Z98${String(r + 1).padStart(6, '0')}`, region, '', '', '', value, ...indicators.map((_, i) => mean(inRegion, i))]);
      });
      for (const la of las)
        rows.push([...base('Local authority'), `Z98${String(REGIONS.indexOf(la.region) + 1).padStart(6, '0')}`, la.region, la.oldCode, la.newCode, la.name, value, ...(figures.get(la.name) ?? []).map(String)]);
    }
  }
  return `${[header, ...rows].map((row) => row.map(quote).join(',')).join('\n')}\n`;
}

function quote(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function buildBenchmarkMapping(): BenchmarkMapping {
  return {
    authority: DEMO_LA,
    neighbours: ['Synthetic Authority 001', 'Synthetic Authority 007', 'Synthetic Authority 010', 'Synthetic Authority 019', 'Synthetic Authority 028', 'Synthetic Authority 037', 'Synthetic Authority 046', 'Synthetic Authority 055', 'Z99000064', '973'],
    authorities: 'all',
    sources: [
      { id: 'synthetic-cin', name: 'Children in need (synthetic demonstration file)', published: '2023-10-26', url: `${SYNTHETIC_URL}/children-in-need`, files: [CIN_FILE] },
      { id: 'synthetic-cla', name: 'Care leavers (synthetic demonstration file)', published: '2023-11-16', url: `${SYNTHETIC_URL}/care-leavers`, files: [CLA_FILE] },
    ],
    measures: [
      { measure: 'demo-re-referrals', source: 'synthetic-cin', indicator: 'rereferral_percent', filters: { characteristic: 'Total' } },
      { measure: 'demo-assessments-45-days', source: 'synthetic-cin', indicator: 'assessment_45_days_percent', filters: { characteristic: 'Total' } },
      { measure: 'demo-referrals-1-day', source: 'synthetic-cin', indicator: 'referral_1_day_percent', filters: { characteristic: 'Total' } },
      { measure: 'demo-care-leavers-neet', source: 'synthetic-cla', indicator: 'neet_percent', filters: { age_group: '19 to 21' } },
    ],
  };
}

/** The three files of the example and the demo dataset they make. */
export function generateBenchmarkDemo(seed: number = BENCHMARK_DEMO_SEED) {
  const dataset = generateDemoDataset();
  const cin = eesFile(
    dataset,
    [
      { column: 'referral_1_day_percent', measure: 'demo-referrals-1-day', mean: 80, spread: 9 },
      { column: 'rereferral_percent', measure: 'demo-re-referrals', mean: 21, spread: 6 },
      { column: 'assessment_45_days_percent', measure: 'demo-assessments-45-days', mean: 82, spread: 10 },
    ],
    { column: 'characteristic', values: ['Total', 'Male (synthetic)', 'Female (synthetic)'] },
    seed,
  );
  const cla = eesFile(dataset, [{ column: 'neet_percent', measure: 'demo-care-leavers-neet', mean: 38, spread: 8 }], { column: 'age_group', values: ['19 to 21', '17 to 18'] }, seed + 1);
  const mapping = buildBenchmarkMapping();
  const imported = importBenchmarks([{ path: CIN_FILE, text: cin }, { path: CLA_FILE, text: cla }], mapping);
  if (!imported.ok) throw new Error(imported.issues.map(describeEesIssue).join('\n'));
  const demo = datasetSchema.parse({
    ...dataset,
    title: "Children's Social Care Performance Report: synthetic demonstration data with synthetic benchmarks",
    benchmarks: imported.benchmarks,
  });
  return { cin, cla, mapping, dataset: demo, warnings: imported.warnings };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { cin, cla, mapping, dataset, warnings } = generateBenchmarkDemo();
  writeFileSync(`${EXAMPLE_DIR}/${CIN_FILE}`, cin);
  writeFileSync(`${EXAMPLE_DIR}/${CLA_FILE}`, cla);
  writeFileSync(`${EXAMPLE_DIR}/synthetic-mapping.json`, `${JSON.stringify(mapping, null, 2)}\n`);
  writeFileSync(BENCHMARK_DEMO_PATH, `${JSON.stringify(dataset, null, 2)}\n`);
  for (const warning of warnings) console.log(`warning (expected in the demo): ${warning}`);
  console.log(`Wrote ${EXAMPLE_DIR}/${CIN_FILE}, ${CLA_FILE}, synthetic-mapping.json and ${BENCHMARK_DEMO_PATH}`);
}
