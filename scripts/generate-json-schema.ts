/**
 * Writes public/schema/indicators.v1.json from the zod contract, so pipelines in any language can validate
 * their files before publishing. Run `npm run schema` after changing src/data/contract/indicator-schema.ts;
 * a test fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildJsonSchema } from '../src/data/contract/build-json-schema';

const target = fileURLToPath(new URL('../public/schema/indicators.v1.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target}`);
