/** The record's JSON Schema, compiled once, for validating real output. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/article-record.schema.json', import.meta.url), 'utf8'),
) as object;

const ajv = new Ajv2020({ allErrors: true, strict: true });
export const validateRecord = ajv.compile(schema);

export function schemaErrors(record: unknown): string {
  return validateRecord(record) ? '' : ajv.errorsText(validateRecord.errors);
}
