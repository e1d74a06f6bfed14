/**
 * Writes public/data/demo-synthetic.json: a clearly labelled synthetic dataset with four and a half financial years of
 * monthly history (April 2019 to September 2023), enough for SPC, with planted signals: an outlier month, a shift, a
 * trend, a target always missed, one always met and one hit and miss; and SPC settings: limits fixed on a baseline,
 * a rebase with its reason, and a rebase too recent for limits. Deterministic: a seeded PRNG, never
 * Math.random, so `tsx scripts/generate-demo-dataset.ts` rewrites the same file byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Dataset, Measure, MonthlyPoint } from '../src/domain/indicators';
import { roundTo } from '../src/domain/numbers';
import { listMonthsOfFinancialYear } from '../src/domain/period';
import { buildAnnualRow, createRandom } from './lib/synthetic-series';

export const DEMO_SEED = 20231;
export const DEMO_PATH = 'public/data/demo-synthetic.json';

const YEARS = [2019, 2020, 2021, 2022, 2023];
const LAST_REPORTED = '2023-09';
const MONTHS = YEARS.flatMap(listMonthsOfFinancialYear);

type Noise = { normal: (mean: number, sd: number) => number };

function createNoise(seed: number): Noise {
  const random = createRandom(seed);
  // Box-Muller; 1 - random() keeps the logarithm away from 0.
  return { normal: (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()) };
}

type Shape = { rate: (month: string, i: number) => number; size: number; sizeSd: number };

/** A percentage with numerator and denominator each month: the share follows `rate`, the cohort varies. */
function fractions(noise: Noise, shape: Shape): MonthlyPoint[] {
  return MONTHS.map((month, i) => {
    if (month > LAST_REPORTED) return { month, value: null };
    const denominator = Math.max(10, Math.round(noise.normal(shape.size, shape.sizeSd)));
    const share = Math.min(1, Math.max(0, shape.rate(month, i)));
    const numerator = Math.round(denominator * share);
    return { month, numerator, denominator, value: roundTo((100 * numerator) / denominator, 1) };
  });
}

function counts(noise: Noise, level: (month: string, i: number) => number, sd: number): MonthlyPoint[] {
  return MONTHS.map((month, i) => ({ month, value: month > LAST_REPORTED ? null : Math.max(0, Math.round(noise.normal(level(month, i), sd))) }));
}

type Draft = Omit<Measure, 'annual' | 'code' | 'additive'> & { additive?: boolean };

function measure(draft: Draft): Measure {
  const full = { code: null, additive: false, ...draft };
  return { ...full, annual: YEARS.map((start) => buildAnnualRow(start, full.monthly, full)) };
}

type Places = { base: Pick<Measure, 'polarity' | 'basis' | 'unit'>; referrals: Pick<Measure, 'section' | 'serviceArea'>; assessment: Pick<Measure, 'serviceArea'> };

/** Measures that show the `spc` settings of the contract: a fixed baseline, a rebase with its reason, a recent rebase. */
function buildSpcSettingsMeasures(noise: Noise, { base, referrals, assessment }: Places): Measure[] {
  return [
    measure({
      ...base,
      ...referrals,
      id: 'demo-strategy-discussions-1-day',
      title: '% of strategy discussions held within 1 working day',
      target: 80,
      monthly: fractions(noise, { size: 45, sizeSd: 5, rate: (m) => noise.normal(m >= '2022-04' ? 0.86 : 0.63, 0.03) }),
      spc: { rebases: [{ month: '2022-04', reason: 'New front-door process: a daily strategy meeting' }] },
      notes: ['Synthetic. Rebased in April 2022, when a new front-door process lifted the level: each segment has its own mean and limits.'],
    }),
    measure({
      ...base,
      ...assessment,
      section: 'demo-child-protection',
      id: 'demo-cp-reviews-in-time',
      title: '% of child protection reviews held in timescale',
      target: 95,
      // Steady at 92% for the 15-month baseline, then slipping 0.15 points a month.
      monthly: fractions(noise, { size: 40, sizeSd: 4, rate: (m, i) => noise.normal(0.92 - (m >= '2020-07' ? 0.0015 * (i - 14) : 0), 0.02) }),
      spc: { baseline: { points: 15, reason: 'The year before the reviewing team was reorganised in July 2020' } },
      notes: ['Synthetic. Limits fixed on a 15-month baseline (April 2019 to June 2020); the later slide is judged against them.'],
    }),
    measure({
      ...referrals,
      id: 'demo-contacts-received',
      title: 'Number of contacts received in the month',
      unit: 'count',
      polarity: 'neutral',
      basis: 'month',
      additive: true,
      target: null,
      monthly: counts(noise, (m) => (m >= '2023-06' ? 760 : 620), 30),
      spc: { rebases: [{ month: '2023-06', reason: 'Recording change: police notifications counted as contacts' }] },
      notes: ['Synthetic. Rebased in June 2023: four months since, too few for limits, so the chart shows them without limits or icons.'],
    }),
  ];
}

/** Builds the demo dataset; the same seed always gives the same data. */
export function generateDemoDataset(seed: number = DEMO_SEED): Dataset {
  const noise = createNoise(seed);
  const index = (month: string) => MONTHS.indexOf(month);
  const base = { polarity: 'higher-is-better' as const, basis: 'month' as const, unit: 'percent' as const };

  const referrals = { section: 'demo-referrals', serviceArea: 'demo-front-door' };
  const assessment = { serviceArea: 'demo-assessment-cp' };
  const inCare = { section: 'demo-children-in-care', serviceArea: 'demo-children-in-care' };
  const leavers = { section: 'demo-care-leavers', serviceArea: 'demo-care-leavers' };

  const measures: Measure[] = [
    measure({
      ...base,
      ...referrals,
      id: 'demo-referrals-1-day',
      title: '% of referrals completed within 1 working day',
      target: 90,
      monthly: fractions(noise, { size: 130, sizeSd: 12, rate: (m) => (m === '2023-08' ? 0.58 : noise.normal(0.84, 0.02)) }),
      notes: ['Synthetic. Planted signal: August 2023 is an outlier below the lower process limit.'],
    }),
    measure({
      ...base,
      ...referrals,
      id: 'demo-re-referrals',
      title: '% of referrals that are re-referrals within 12 months',
      polarity: 'lower-is-better',
      target: 18,
      monthly: fractions(noise, { size: 130, sizeSd: 12, rate: (m) => noise.normal(m >= '2022-10' ? 0.235 : 0.17, 0.015) }),
      notes: ['Synthetic. Planted signal: a shift up from October 2022, a concern.'],
    }),
    measure({
      ...referrals,
      id: 'demo-referrals-received',
      title: 'Number of referrals received in the month',
      unit: 'count',
      polarity: 'neutral',
      basis: 'month',
      additive: true,
      target: null,
      monthly: counts(noise, (m) => (m >= '2021-04' ? 150 : 125), 9),
      notes: ['Synthetic. Planted signal: more referrals each month from April 2021 (neutral: neither good nor bad).'],
    }),
    measure({
      ...base,
      ...assessment,
      section: 'demo-assessments',
      id: 'demo-assessments-45-days',
      title: '% of C&F assessments completed within 45 working days',
      target: 90,
      // A steady 72% until January 2023, then up 2.5 points a month: rising every month to September 2023.
      monthly: fractions(noise, {
        size: 140,
        sizeSd: 10,
        rate: (m, i) => (m >= '2023-02' ? 0.72 + 0.025 * (i - index('2023-01')) : noise.normal(0.72, 0.02)),
      }),
      notes: ['Synthetic. Planted signal: a rising trend from February 2023, an improvement.'],
    }),
    measure({
      ...base,
      ...assessment,
      section: 'demo-child-protection',
      id: 'demo-cp-visits-10-days',
      title: '% of CP visits completed within 10 working days',
      target: 90,
      monthly: fractions(noise, { size: 210, sizeSd: 15, rate: () => noise.normal(0.65, 0.025) }),
      notes: ['Synthetic. Planted: the 90% target lies above the upper process limit, so it will consistently be missed.'],
    }),
    measure({
      ...base,
      ...inCare,
      id: 'demo-cic-allocated',
      title: '% of Children in Care allocated to a qualified social worker',
      basis: 'snapshot',
      target: 95,
      monthly: fractions(noise, { size: 340, sizeSd: 6, rate: () => noise.normal(0.992, 0.004) }),
      notes: ['Synthetic. Planted: the 95% target lies below the lower process limit, so it will consistently be met.'],
    }),
    measure({
      ...inCare,
      id: 'demo-children-in-care',
      title: 'Number of Children in Care',
      unit: 'count',
      polarity: 'neutral',
      basis: 'snapshot',
      target: null,
      monthly: counts(noise, () => 340, 6),
    }),
    measure({
      ...base,
      ...leavers,
      id: 'demo-care-leavers-neet',
      title: '% of care leavers aged 19-21 not in education, employment or training',
      polarity: 'lower-is-better',
      basis: 'snapshot',
      target: 30,
      monthly: fractions(noise, { size: 62, sizeSd: 2, rate: () => noise.normal(0.26, 0.025) }),
      notes: ['Synthetic. The 30% target lies between the process limits: hit and miss.'],
    }),
    // Last, so the measures above draw the same random numbers as before these were added.
    ...buildSpcSettingsMeasures(noise, { base, referrals, assessment }),
  ];

  const synthetic = 'Synthetic demonstration data generated by scripts/generate-demo-dataset.ts. It describes no real council or child.';
  const section = (id: string, title: string, serviceArea: string) => ({
    id, title, serviceArea, definition: [{ type: 'paragraph' as const, text: synthetic }], analysis: [{ type: 'paragraph' as const, text: synthetic }],
  });
  return {
    schemaVersion: 1,
    authority: { name: 'Demo Borough Council (synthetic data)' },
    title: "Children's Social Care Performance Report: synthetic demonstration data",
    reportingPeriod: { financialYear: '2023/24', quarter: 2, asAt: '2023-09-30' },
    synthetic: true,
    serviceAreas: [
      { id: 'demo-front-door', name: 'Front door (synthetic)' },
      { id: 'demo-assessment-cp', name: 'Assessment and child protection (synthetic)' },
      { id: 'demo-children-in-care', name: 'Children in care (synthetic)' },
      { id: 'demo-care-leavers', name: 'Care leavers (synthetic)' },
    ],
    sections: [
      section('demo-referrals', 'Referrals', 'demo-front-door'),
      section('demo-assessments', 'Assessments: timeliness', 'demo-assessment-cp'),
      section('demo-child-protection', 'Child Protection: statutory visits', 'demo-assessment-cp'),
      section('demo-children-in-care', 'Children in Care', 'demo-children-in-care'),
      section('demo-care-leavers', 'Care Leavers', 'demo-care-leavers'),
    ],
    measures,
    events: DEMO_EVENTS,
  };
}

/** Events that explain the planted signals (issue 20), labelled synthetic like the rest. */
const DEMO_EVENTS: Dataset['events'] = [
  {
    date: '2021-04-06',
    title: 'New front-door process (synthetic)',
    text: 'Synthetic. A single front door opened for all agencies: more contacts became referrals from April 2021.',
    concerns: { serviceAreas: ['demo-front-door'] },
  },
  {
    date: '2022-10',
    title: 'Change in recording (synthetic)',
    text: 'Synthetic. Cases moved to a new case management system; re-referrals are now matched across both systems.',
    concerns: 'dataset',
  },
  {
    date: '2023-02',
    title: 'Assessment tracker introduced (synthetic)',
    text: 'Synthetic. Team managers review every open assessment weekly against its 45-day deadline.',
    concerns: { measures: ['demo-assessments-45-days'] },
  },
  {
    date: '2023-08',
    title: 'Staffing gap (synthetic)',
    text: 'Synthetic. Two of five duty social workers left in July; agency cover started in September.',
    concerns: { measures: ['demo-referrals-1-day'] },
  },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seed = process.argv[2] ? Number(process.argv[2]) : DEMO_SEED;
  writeFileSync(DEMO_PATH, `${JSON.stringify(generateDemoDataset(seed), null, 2)}\n`);
  console.log(`Wrote ${DEMO_PATH} (seed ${seed}, months ${MONTHS[0]} to ${LAST_REPORTED})`);
}
