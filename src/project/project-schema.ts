/**
 * The JSON Schema of `tyndau.yaml`. One file, `schema/tyndau.schema.json`, serves both editors
 * (YAML and JSON language servers read it for completion and hover text) and `loadProject`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

import { packageRoot } from '../package-root.js';
import { isTimeZone } from './time-zone.js';

export type SchemaError = ErrorObject;

let validator: ValidateFunction | undefined;

export function projectSchemaPath(): string {
  return join(packageRoot(), 'schema', 'tyndau.schema.json');
}

/** The compiled validator, built on first use: compiling costs a few milliseconds. */
export function projectValidator(): ValidateFunction {
  if (validator) return validator;

  const schema = JSON.parse(readFileSync(projectSchemaPath(), 'utf8')) as object;
  // allErrors: the user sees every problem in one run. verbose: each error carries the schema it
  // broke, whose bounds and messages the problem text is written from.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
  // Messages for editors that support them (VS Code); loadProject reads them too.
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  ajv.addFormat('iana-time-zone', { type: 'string', validate: isTimeZone });

  validator = ajv.compile(schema);
  return validator;
}
