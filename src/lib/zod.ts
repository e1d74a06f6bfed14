import * as z from 'zod';

/**
 * The one way into zod for code that creates schemas (ESLint refuses `zod` elsewhere, bar type imports).
 * Zod compiles object parsers with `new Function` when it can, and probes for that when the first schema is
 * created. Under the dashboard's Content-Security-Policy (script-src 'self', no 'unsafe-eval') the probe is
 * blocked and reported as a violation, even though Zod then falls back quietly. Turning the compiler off here,
 * in the module every schema imports, puts the setting in force before any schema exists, whatever the chunks.
 */
z.config({ jitless: true });

export { z };
