import { z } from '../../lib/zod';
import { datasetSchema } from './indicator-schema';

/**
 * JSON Schema for data contract v1. Cross-field rules (unique ids, references, numerator <= denominator)
 * live in zod refinements that JSON Schema cannot express; the description says so.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://csc-dashboard.example/schema/indicators.v1.json',
    title: 'CSC Performance Dashboard indicator file, data contract v1',
    description:
      'Shape of the indicator file. Also checked by `npm run validate` but not expressible here: ids are unique; ' +
      'section, serviceArea, cumulativeOf and partOf references exist; months and years are not repeated; ' +
      'numerator <= denominator; percentages lie within 0-100; benchmark series name measures and sources of the file, ' +
      'and each period once; the measures and service areas an event concerns exist. See docs/data-format.md and docs/benchmarks.md.',
  };
}
