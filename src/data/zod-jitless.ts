import * as z from 'zod';

/**
 * Zod compiles object parsers with `new Function` when it can, and probes for that when the first schema is
 * created. Under the dashboard's Content-Security-Policy (script-src 'self', no 'unsafe-eval') the probe is
 * blocked and reported as a violation, even though Zod then falls back quietly. Turning the compiler off
 * avoids both. Import this before any module that creates a schema: first in main.tsx and in the worker.
 */
z.config({ jitless: true });
