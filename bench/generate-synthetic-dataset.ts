/**
 * Synthetic indicator datasets for the scale benchmark (bench/scale.ts): N measures spread over 8 service areas,
 * `years` financial years of monthly history ending in March, with numerators and denominators for percentages
 * and Annual Trend rows built the way the report builds them. Not real figures, and labelled so in the data
 * (`synthetic: true`, "(synthetic)" in the authority name and title). Deterministic: the same options give the
 * same dataset byte for byte, so a benchmark run can be repeated.
 *
 *   tsx bench/generate-synthetic-dataset.ts 2000 > bench/out/synthetic-2000.json
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Dataset, Measure, MonthlyPoint, Section, ServiceArea } from '../src/domain/indicators';
import { formatFinancialYear, listMonthsOfFinancialYear } from '../src/domain/period';
import { buildAnnualRow, createRandom } from '../scripts/lib/synthetic-series';

export type SyntheticOptions = {
  /** How many measures. */
  measures: number;
  /** Financial years of monthly history, the last one ending in March of `lastYear + 1`. */
  years: number;
  seed: number;
  /** Start year of the last financial year; 2024 means the history ends with 2024/25. */
  lastYear?: number;
};

const DEFAULT_LAST_YEAR = 2024;

const SERVICE_AREAS: (ServiceArea & { topics: string[] })[] = [
  { id: 'front-door', name: 'Front door and early help', topics: ['referrals completed within 1 working day', 're-referrals within 12 months', 'contacts progressing to referral', 'early help assessments completed'] },
  { id: 'assessment', name: 'Assessment', topics: ['assessments completed within 45 working days', 'assessments with no further action', 'children seen during assessment', 'assessments started'] },
  { id: 'child-protection', name: 'Child protection', topics: ['initial conferences within 15 working days', 'children subject to a child protection plan', 'plans lasting two years or more', 'second or subsequent plans'] },
  { id: 'children-in-need', name: 'Children in need', topics: ['children in need visited in time', 'children in need plans reviewed', 'children in need', 'cases closed and re-opened'] },
  { id: 'children-in-care', name: 'Children in care', topics: ['children in care', 'children in care per 10,000', 'reviews held in time', 'children with three or more placements'] },
  { id: 'placements', name: 'Placements and permanence', topics: ['placed with in-house foster carers', 'placed more than 20 miles from home', 'children adopted', 'long-term placement stability'] },
  { id: 'care-leavers', name: 'Care leavers', topics: ['care leavers in touch', 'care leavers in suitable accommodation', 'care leavers in education, employment or training', 'pathway plans up to date'] },
  { id: 'missing-exploitation', name: 'Missing and exploitation', topics: ['missing episodes', 'return home interviews offered', 'children at risk of exploitation', 'return home interviews within 72 hours'] },
];

const COHORTS = ['all children', 'under 5s', 'aged 5 to 9', 'aged 10 to 15', 'aged 16 and over', 'boys', 'girls', 'disabled children', 'UASC', 'North locality', 'South locality', 'East locality', 'West locality'];

type Kind = {
  name: string;
  weight: number;
  unit: Measure['unit'];
  basis: Measure['basis'];
  additive: boolean;
  prefix: string;
};

// Roughly the mix of the bundled report: many monthly percentages with fractions, then counts, snapshots and rates.
const KINDS: Kind[] = [
  { name: 'percent-month', weight: 30, unit: 'percent', basis: 'month', additive: false, prefix: '% of' },
  { name: 'percent-ytd', weight: 10, unit: 'percent', basis: 'year-to-date', additive: false, prefix: '% of (year to date)' },
  { name: 'percent-snapshot', weight: 10, unit: 'percent', basis: 'snapshot', additive: false, prefix: '% at month end:' },
  { name: 'count-month', weight: 20, unit: 'count', basis: 'month', additive: true, prefix: 'Number of' },
  { name: 'count-snapshot', weight: 15, unit: 'count', basis: 'snapshot', additive: false, prefix: 'Number at month end:' },
  { name: 'count-ytd', weight: 5, unit: 'count', basis: 'year-to-date', additive: false, prefix: 'Number so far this year:' },
  { name: 'rate-snapshot', weight: 10, unit: 'rate-per-10k', basis: 'snapshot', additive: false, prefix: 'Rate per 10k:' },
];
const TOTAL_WEIGHT = KINDS.reduce((sum, kind) => sum + kind.weight, 0);

export function generateSyntheticDataset({ measures, years, seed, lastYear = DEFAULT_LAST_YEAR }: SyntheticOptions): Dataset {
  if (!Number.isInteger(measures) || measures < 1) throw new Error(`measures must be a positive whole number (got ${measures})`);
  if (!Number.isInteger(years) || years < 1) throw new Error(`years must be a positive whole number (got ${years})`);
  const random = createRandom(seed);
  const startYears = Array.from({ length: years }, (_, i) => lastYear - years + 1 + i);
  const months = startYears.flatMap(listMonthsOfFinancialYear);

  const sections: Section[] = SERVICE_AREAS.flatMap((area) =>
    area.topics.map((topic, i) => ({
      id: `${area.id}-${i + 1}`,
      title: capitalise(topic),
      serviceArea: area.id,
      definition: [{ type: 'paragraph' as const, text: `Synthetic measures about ${topic}, generated for benchmarking. These are not real figures.` }],
      analysis: [],
    })),
  );

  const list: Measure[] = Array.from({ length: measures }, (_, i) => {
    const area = SERVICE_AREAS[i % SERVICE_AREAS.length]!;
    const topicIndex = Math.floor(i / SERVICE_AREAS.length) % area.topics.length;
    const cohort = COHORTS[Math.floor(i / (SERVICE_AREAS.length * area.topics.length)) % COHORTS.length]!;
    const kind = pickKind(random);
    const number = String(i + 1).padStart(4, '0');
    const polarity: Measure['polarity'] = kind.unit === 'count' ? (random() < 0.8 ? 'neutral' : 'lower-is-better') : random() < 0.6 ? 'higher-is-better' : random() < 0.75 ? 'lower-is-better' : 'neutral';
    const monthly = generateMonthly(kind, months, random);
    const target = chooseTarget(kind, polarity, monthly, random);
    return {
      id: `syn-${number}`,
      code: `SYN ${number}`,
      title: `${kind.prefix} ${area.topics[topicIndex]}, ${cohort}`,
      section: `${area.id}-${topicIndex + 1}`,
      serviceArea: area.id,
      unit: kind.unit,
      polarity,
      basis: kind.basis,
      additive: kind.additive,
      target,
      ...(target !== null && kind.unit === 'percent' ? { tolerance: 2 } : {}),
      monthly,
      annual: startYears.map((start) => buildAnnualRow(start, monthly, kind)),
    };
  });

  return {
    schemaVersion: 1,
    authority: { name: 'Anyshire County Council (synthetic)' },
    title: `Synthetic benchmark dataset: ${measures} measures (synthetic)`,
    reportingPeriod: { financialYear: formatFinancialYear(lastYear), quarter: 4, asAt: `${lastYear + 1}-03-31` },
    synthetic: true,
    serviceAreas: SERVICE_AREAS.map(({ id, name }) => ({ id, name })),
    sections,
    measures: list,
  };
}

function pickKind(random: () => number): Kind {
  let pick = random() * TOTAL_WEIGHT;
  for (const kind of KINDS) {
    pick -= kind.weight;
    if (pick < 0) return kind;
  }
  return KINDS[0]!;
}

/** A level that drifts slowly with a little seasonality and noise; about 1 month in 100 is missing. */
function generateMonthly(kind: Kind, months: string[], random: () => number): MonthlyPoint[] {
  const share = { level: 0.55 + random() * 0.4, drift: 0 };
  const size = 10 + Math.floor(random() * 190);
  let count = 5 + random() * 300;
  let ytdNumerator = 0;
  let ytdDenominator = 0;
  let ytdCount = 0;
  return months.map((month, i) => {
    if (month.endsWith('-04')) {
      ytdNumerator = 0;
      ytdDenominator = 0;
      ytdCount = 0;
    }
    share.drift = clamp(share.drift + (random() - 0.5) * 0.01, -0.02, 0.02);
    share.level = clamp(share.level + share.drift, 0.05, 0.99);
    count = Math.max(0, count * (1 + (random() - 0.5) * 0.06));
    const seasonal = 1 + 0.08 * Math.sin((2 * Math.PI * i) / 12);
    if (random() < 0.01) return { month, value: null };

    if (kind.unit === 'percent') {
      const denominator = Math.max(1, Math.round(size * seasonal * (0.8 + random() * 0.4)));
      const numerator = Math.min(denominator, Math.max(0, Math.round(denominator * clamp(share.level + (random() - 0.5) * 0.1, 0, 1))));
      if (kind.basis === 'year-to-date') {
        ytdNumerator += numerator;
        ytdDenominator += denominator;
        return { month, value: percent(ytdNumerator, ytdDenominator), numerator: ytdNumerator, denominator: ytdDenominator };
      }
      return { month, value: percent(numerator, denominator), numerator, denominator };
    }
    if (kind.unit === 'rate-per-10k') return { month, value: round1(count * 0.4 * seasonal) };
    const value = Math.round(count * seasonal * (0.9 + random() * 0.2));
    if (kind.basis === 'year-to-date') {
      ytdCount += value;
      return { month, value: ytdCount };
    }
    return { month, value };
  });
}

/** Targets a little either side of the recent level, so statuses come out mixed; neutral measures mostly have none. */
function chooseTarget(kind: Kind, polarity: Measure['polarity'], monthly: MonthlyPoint[], random: () => number): number | null {
  if (polarity === 'neutral' && random() < 0.8) return null;
  if (kind.unit === 'count' && random() < 0.5) return null;
  const recent = monthly.slice(-12).flatMap((p) => (p.value === null ? [] : [p.value]));
  if (recent.length === 0) return null;
  const mean = recent.reduce((sum, v) => sum + v, 0) / recent.length;
  const target = mean * (0.9 + random() * 0.2);
  if (kind.unit === 'percent') return clamp(Math.round(target), 0, 100);
  return kind.unit === 'count' ? Math.round(target) : round1(target);
}

function percent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : round1((100 * numerator) / denominator);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const measures = Number(process.argv[2] ?? 50);
  const out = process.argv[3];
  const json = JSON.stringify(generateSyntheticDataset({ measures, years: 10, seed: 1 }));
  if (out) writeFileSync(out, json);
  else process.stdout.write(`${json}\n`);
}
