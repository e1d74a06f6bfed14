import { z } from '../../lib/zod';
import { MAX_TEXT_LENGTH } from './limits';
import { hasVisibleText, isolateBidi } from '../../lib/bidi-text';

/**
 * Text from the file, for every text field of the contract: not blank once invisible characters are set aside (a
 * name of zero-width spaces would show as nothing), and isolated from the text around it wherever it is shown
 * (src/lib/bidi-text.ts).
 */
export const dataText = (what: string, maxLength: number = MAX_TEXT_LENGTH, whenMissing?: string) =>
  z
    // `whenMissing` replaces zod's "expected string, received undefined" for a field that must be given.
    .string({ error: (issue) => (issue.input === undefined ? whenMissing : undefined) })
    .trim()
    .min(1, { message: `${what} must not be empty`, abort: true })
    .max(maxLength, `${what} is longer than ${maxLength} characters`)
    .refine(hasVisibleText, { message: `${what} must not be empty: it holds only invisible characters`, abort: true })
    .overwrite(isolateBidi);
