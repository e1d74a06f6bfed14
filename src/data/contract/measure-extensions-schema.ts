import { z } from '../../lib/zod';
import type { MeasureExtensions, StatedFigure, TrajectoryPoint, YearTarget } from '../../domain/measure-extensions';

/**
 * The optional measure fields of issue 14 (families, targets per year and trajectories, stated figures), spread
 * into measureSchema. Cross-field rules (links to known measures, periods in range) are in check-extensions.ts.
 */

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and single hyphens (e.g. "csc-022")');
const financialYear = z.string().regex(/^\d{4}\/\d{2}$/, 'must be a financial year like "2023/24"');
const month = z.string().regex(MONTH_PATTERN, 'must be a month like "2023-04"');
const words = (what: string) => z.string().trim().min(1, `${what} must not be empty`).max(2000, `${what} is longer than 2000 characters`);
const periodKey = z.string().regex(/^\d{4}-\d{2}(-Q[1-4])?$/, 'must be a quarter or year key like "2023-24-Q2" or "2023-24"');

export const statedFigureSchema = z.object({ period: periodKey, value: z.number(), source: words('source') }) satisfies z.ZodType<StatedFigure>;

const trajectoryPointSchema = z.object({ month, value: z.number() }) satisfies z.ZodType<TrajectoryPoint>;

export const yearTargetSchema = z.object({
  year: financialYear,
  value: z.number(),
  source: words('source').optional(),
  path: z.array(trajectoryPointSchema).optional(),
}) satisfies z.ZodType<YearTarget>;

export const measureExtensionFields = {
  yearToDateOf: slug.optional(),
  rateOf: slug.optional(),
  unreliable: words('unreliable').optional(),
  pointsCover: z.literal('quarter').optional(),
  statedFigures: z.array(statedFigureSchema).optional(),
  targetSource: words('targetSource').optional(),
  targets: z.array(yearTargetSchema).optional(),
  buildsUp: z.boolean().optional(),
} satisfies { [K in keyof MeasureExtensions]-?: z.ZodType<MeasureExtensions[K]> };

/** `repeatsMonth` of an Annual Trend point. */
export const repeatsMonthField = { repeatsMonth: month.optional() };
