import { z } from '../../lib/zod';
import { dataText } from './data-text';
import type { SpcBaseline, SpcRebase, SpcSettings } from '../../domain/indicators';

/**
 * A measure's optional `spc` settings: a fixed baseline and rebases, as the Making Data Count tools offer them. A
 * rebase must say why (`reason`): limits are recalculated only for a change that is understood. Cross-field rules
 * (a rebase month inside the series, in order, once) are in check-spc-settings.ts.
 */

export const MIN_BASELINE_POINTS = 12;
export const MAX_BASELINE_POINTS = 20;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like "2023-04"');
const MAX_REASON_LENGTH = 500;

const baselineSchema = z.object({
  points: z
    .number()
    .int('must be a whole number of months')
    .min(MIN_BASELINE_POINTS, `a baseline needs ${MIN_BASELINE_POINTS} to ${MAX_BASELINE_POINTS} points`)
    .max(MAX_BASELINE_POINTS, `a baseline needs ${MIN_BASELINE_POINTS} to ${MAX_BASELINE_POINTS} points`),
  reason: dataText('reason', MAX_REASON_LENGTH).optional(),
}) satisfies z.ZodType<SpcBaseline>;

const rebaseSchema = z.object({
  month,
  reason: dataText('reason', MAX_REASON_LENGTH, 'a rebase needs a reason: say what changed in the process at this month'),
}) satisfies z.ZodType<SpcRebase>;

export const spcSettingsSchema = z.object({
  baseline: baselineSchema.optional(),
  rebases: z.array(rebaseSchema).optional(),
}) satisfies z.ZodType<SpcSettings>;
