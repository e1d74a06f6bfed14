import { z } from '../../lib/zod';
import { benchmarkSourceSchema } from '../contract/benchmark-schema';

/**
 * What `npm run benchmarks` is told about the published files: which of our measures each indicator column stands
 * beside, the filter values that pick the right rows, who this authority and its statistical neighbours are, and
 * where each file was published. docs/benchmarks.md describes it with an example.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug such as "csc-026"');
const text = z.string().trim().min(1, 'must not be empty').max(200);

export const benchmarkMappingSchema = z.object({
  /** This authority as the files name it (la_name), or its new_la_code or old_la_code; --la overrides it. */
  authority: text.optional(),
  /** The region to compare with; by default the region_name on this authority's rows. */
  region: text.optional(),
  /** The statistical neighbours, by la_name, new_la_code or old_la_code (DfE's list for this authority). */
  neighbours: z.array(text).max(50).default([]),
  /** "all": every authority's figure is kept, for ranks and quartile bands; "neighbours": only theirs. */
  authorities: z.enum(['all', 'neighbours']).default('all'),
  sources: z
    .array(benchmarkSourceSchema.extend({ files: z.array(text).min(1, 'name at least one file (its file name) for this source') }))
    .min(1, 'name at least one source'),
  measures: z
    .array(
      z.object({
        measure: slug,
        source: slug,
        /** The indicator column, e.g. "rereferrals_percent". */
        indicator: text,
        /** Filter columns and the value each must have, e.g. { "characteristic": "Total" }. */
        filters: z.record(z.string(), z.string()).default({}),
        /** Multiplies each figure, e.g. 100 where a file holds proportions (0.216) and the measure percentages. */
        scale: z.number().positive().optional(),
      }),
    )
    .min(1, 'map at least one measure'),
});

export type BenchmarkMapping = z.infer<typeof benchmarkMappingSchema>;
