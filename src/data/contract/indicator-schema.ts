import { z } from '../../lib/zod';
import {
  BASES,
  POLARITIES,
  UNITS,
  type AnnualPoint,
  type Dataset,
  type Measure,
  type MonthlyPoint,
  type Section,
  type ServiceArea,
  type SourceIssue,
  type SummaryEntry,
  type TextBlock,
} from '../../domain/indicators';
import { checkReferencesAndFigures } from './check-references';
import { dataText } from './data-text';
import { hasVisibleText, isolateBidi } from '../../lib/bidi-text';
import { measureExtensionFields, repeatsMonthField } from './measure-extensions-schema';
import { benchmarksSchema } from './benchmark-schema';
import { spcSettingsSchema } from './spc-settings-schema';
import { eventSchema } from './event-schema';

/**
 * Data contract v1: the single definition of the indicator file. The JSON Schema in
 * public/schema/indicators.v1.json and docs/data-format.md are generated from / describe this. Each schema
 * `satisfies` the domain's own type (src/domain/indicators.ts), so what it lets through is what the domain reads.
 * Unknown extra fields are accepted and dropped (z.object strips them) so that newer producers
 * do not break older dashboards.
 */

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const FINANCIAL_YEAR_PATTERN = /^\d{4}\/\d{2}$/;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = dataText;

const slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and single hyphens (e.g. "csc-022")');

const financialYear = z
  .string()
  .regex(FINANCIAL_YEAR_PATTERN, 'must be a financial year like "2023/24"')
  .refine(isConsecutiveFinancialYear, 'must name two consecutive years, like "2023/24"');

const figure = z.number().nullable();
const count = z.number().int('must be a whole number').nonnegative('must not be negative');

export const textBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: text('paragraph text') }),
  z.object({ type: z.literal('list'), items: z.array(text('list item')).min(1, 'a list needs at least one item') }),
]) satisfies z.ZodType<TextBlock>;

export const serviceAreaSchema = z.object({ id: slug, name: text('name') }) satisfies z.ZodType<ServiceArea>;

export const sectionSchema = z.object({
  id: slug,
  title: text('title'),
  serviceArea: slug,
  definition: z.array(textBlockSchema),
  analysis: z.array(textBlockSchema),
}) satisfies z.ZodType<Section>;

const fractionFields = {
  value: figure,
  numerator: count.nullable().optional(),
  denominator: count.nullable().optional(),
};

export const monthlyPointSchema = z.object({
  month: z.string().regex(MONTH_PATTERN, 'must be a month like "2023-04"'),
  ...fractionFields,
}) satisfies z.ZodType<MonthlyPoint>;

export const annualPointSchema = z.object({ year: financialYear, ...fractionFields, ...repeatsMonthField }) satisfies z.ZodType<AnnualPoint>;

export const unitSchema = z.enum(UNITS);
export const polaritySchema = z.enum(POLARITIES);
export const basisSchema = z.enum(BASES);

export const measureSchema = z.object({
  id: slug,
  code: z
    .string()
    .trim()
    .min(1, { abort: true })
    .max(40)
    .refine(hasVisibleText, { message: 'code must not be empty: it holds only invisible characters', abort: true })
    .overwrite(isolateBidi)
    .nullable(),
  title: text('title'),
  section: slug,
  serviceArea: slug,
  unit: unitSchema,
  polarity: polaritySchema,
  basis: basisSchema,
  additive: z.boolean(),
  target: figure,
  /** How far on the wrong side of target still counts as "near"; unit as the value (pp for percentages). */
  tolerance: z.number().nonnegative().optional(),
  /** Id of the month-basis measure whose running sum this year-to-date measure is. */
  cumulativeOf: slug.optional(),
  /** Id of a measure this one is a subset of (e.g. UASC within all children in care). */
  partOf: slug.optional(),
  monthly: z.array(monthlyPointSchema),
  annual: z.array(annualPointSchema),
  notes: z.array(text('note')).optional(),
  /** A fixed SPC baseline and rebases, each rebase with its reason (spc-settings-schema.ts). */
  spc: spcSettingsSchema.optional(),
  ...measureExtensionFields,
}) satisfies z.ZodType<Measure>;

export const summaryEntrySchema = z.object({
  topic: text('topic'),
  serviceArea: slug,
  text: text('text'),
}) satisfies z.ZodType<SummaryEntry>;

export const sourceIssueSchema = z.object({
  section: slug,
  measure: slug.nullable(),
  period: z.string().nullable(),
  description: text('description'),
}) satisfies z.ZodType<SourceIssue>;

const datasetShape = z.object({
  schemaVersion: z.literal(1, 'must be 1 (this dashboard reads data contract v1)'),
  authority: z.object({ name: text('authority name') }),
  title: text('title'),
  reportingPeriod: z.object({
    financialYear,
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
    asAt: z.iso.date('must be an ISO date like "2023-09-30"'),
  }),
  /** True for generated demonstration data, so the app can label it. */
  synthetic: z.boolean().optional(),
  serviceAreas: z.array(serviceAreaSchema).min(1, 'at least one service area is needed'),
  sections: z.array(sectionSchema),
  measures: z.array(measureSchema),
  summary: z.array(summaryEntrySchema).optional(),
  /** Inconsistencies the producers know of in their own source (shown by the validator as warnings). */
  sourceIssues: z.array(sourceIssueSchema).optional(),
  /** Published comparisons beside the measures (benchmark-schema.ts). */
  benchmarks: benchmarksSchema.optional(),
  /** What happened that explains a change, drawn on the charts it concerns (event-schema.ts). */
  events: z.array(eventSchema).optional(),
});

// `when`: the cross-field rules run even where other fields have the wrong type (check-references.ts).
const crossFieldRules = { when: () => true };

export const datasetSchema = datasetShape.superRefine(checkReferencesAndFigures, crossFieldRules) satisfies z.ZodType<Dataset>;

/**
 * Speed only, never messages: zod (jitless, as our CSP requires) spends most of a large file's parse on monthly
 * points, so this variant checks them with a hand-written predicate instead. It accepts a subset of what
 * datasetSchema accepts, with the same output; on failure the caller must run datasetSchema for the issues.
 * Its output keeps the input's monthly arrays and points rather than copies (nothing mutates either).
 */
export const datasetSchemaFastPath = datasetShape
  .extend({ measures: z.array(measureSchema.extend({ monthly: z.custom<MonthlyPoint[]>(isWellFormedMonthlySeries) })) })
  // No `when` here: once the fast path has failed, the full schema judges the file (and runs the rules) anyway.
  .superRefine(checkReferencesAndFigures);

/**
 * True only for a value monthlyPointSchema accepts and returns unchanged (same own keys, in zod's output order),
 * so the fast path can keep the input object. Anything unusual is false, which only sends it the slow way.
 */
export function isWellFormedMonthlyPoint(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  // Any own key zod would drop or reorder rules the point out, non-enumerable and symbol keys included.
  const keys = Object.getOwnPropertyNames(value);
  const point = value as Record<string, unknown>;
  return (
    keys[0] === 'month' &&
    keys[1] === 'value' &&
    hasCountKeysInOrder(keys) &&
    typeof point.month === 'string' &&
    MONTH_PATTERN.test(point.month) &&
    (point.value === null || Number.isFinite(point.value)) &&
    (keys.length < 3 || isCountOrNull(point[keys[2]!])) &&
    (keys.length < 4 || isCountOrNull(point[keys[3]!])) &&
    Object.getOwnPropertySymbols(value).length === 0
  );
}

/**
 * A plain array of well-formed points. Counting own keys (indices plus "length") rules out holes, which zod
 * rejects but `every` would skip, and extra properties, which zod's copy would drop.
 */
function isWellFormedMonthlySeries(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    Object.getPrototypeOf(value) === Array.prototype &&
    Reflect.ownKeys(value).length === value.length + 1 &&
    value.every(isWellFormedMonthlyPoint)
  );
}

function hasCountKeysInOrder(keys: string[]): boolean {
  if (keys.length === 2) return true;
  if (keys.length === 3) return keys[2] === 'numerator' || keys[2] === 'denominator';
  return keys.length === 4 && keys[2] === 'numerator' && keys[3] === 'denominator';
}

/** `count.nullable()`: zod 4's .int() admits safe integers only. An own key holding undefined is false. */
function isCountOrNull(value: unknown): boolean {
  return value === null || (Number.isSafeInteger(value) && (value as number) >= 0);
}


function isConsecutiveFinancialYear(year: string): boolean {
  const [start, end] = year.split('/');
  return (Number(start) + 1) % 100 === Number(end);
}
