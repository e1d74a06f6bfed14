import { z } from '../../lib/zod';
import {
  BENCHMARK_AREA_KINDS,
  BENCHMARK_SYMBOLS,
  type BenchmarkArea,
  type BenchmarkPoint,
  type BenchmarkSeries,
  type BenchmarkSource,
  type Benchmarks,
} from '../../domain/benchmarks';

/**
 * The optional `benchmarks` part of data contract v1: published comparisons (England, region, statistical
 * neighbours, every authority) beside the council's measures. A file without it is as valid as before. Cross-field
 * rules (known measures and sources, each period once, percentages within 0-100) are in check-benchmarks.ts.
 */

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "2022/23", "2023/24 Q1" or "2023-04". */
export const BENCHMARK_PERIOD_PATTERN = /^(\d{4}\/\d{2}( Q[1-4])?|\d{4}-(0[1-9]|1[0-2]))$/;

const name = (what: string) => z.string().trim().min(1, `${what} must not be empty`).max(200, `${what} is longer than 200 characters`);
const slug = z.string().regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and single hyphens (e.g. "cin-2023")');

export const benchmarkSourceSchema = z.object({
  id: slug,
  name: name('source name'),
  published: z.iso.date('must be an ISO date like "2023-10-26"'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2000),
}) satisfies z.ZodType<BenchmarkSource>;

export const benchmarkAreaSchema = z.object({
  kind: z.enum(BENCHMARK_AREA_KINDS),
  name: name('area name'),
  code: z.string().trim().min(1).max(30).optional(),
}) satisfies z.ZodType<BenchmarkArea>;

export const benchmarkPointSchema = z.object({
  period: z.string().regex(BENCHMARK_PERIOD_PATTERN, 'must be a financial year ("2022/23"), a quarter ("2023/24 Q1") or a month ("2023-04")'),
  value: z.number().nullable(),
  symbol: z.enum(BENCHMARK_SYMBOLS).optional(),
  basedOn: z.number().int('must be a whole number').positive('must be at least 1').optional(),
}) satisfies z.ZodType<BenchmarkPoint>;

export const benchmarkSeriesSchema = z.object({
  measure: slug,
  source: slug,
  area: benchmarkAreaSchema,
  points: z.array(benchmarkPointSchema),
}) satisfies z.ZodType<BenchmarkSeries>;

export const benchmarksSchema = z.object({
  authority: z.object({ name: name('authority name'), code: z.string().trim().min(1).max(30).optional() }),
  sources: z.array(benchmarkSourceSchema),
  series: z.array(benchmarkSeriesSchema),
}) satisfies z.ZodType<Benchmarks>;
