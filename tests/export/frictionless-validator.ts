import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT } from '../helpers/shared-corpus.ts';

/** The published Frictionless v2 profile (draft-07, everything inlined). */
const PROFILE = JSON.parse(readFileSync(path.join(ROOT, 'tests/export/fixtures/frictionless-v2/datapackage.json'), 'utf8')) as object;

/**
 * A validator of data package descriptors against the published
 * Frictionless v2 profile.
 *
 * @example
 * const validate = validator();
 * validate(JSON.parse(readFileSync('output/datapackage.json', 'utf8'))) // → true
 */
export function validator() {
  // draft-07 schema: Ajv's default class; its editor keywords (propertyOrder, options, context) are not JSON Schema
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => Ajv)(ajv);
  ajv.addFormat('textarea', true);
  return ajv.compile(PROFILE);
}
