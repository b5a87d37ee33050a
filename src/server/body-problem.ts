import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

import { closestMatch } from '../project/did-you-mean.js';
import type { JsonSchema } from './endpoint.js';

// Formats such as `date` are checked by the endpoints themselves, with messages of their own.
const ajv = new Ajv({ allErrors: false, validateFormats: false });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/**
 * What is wrong with a request body against its endpoint's schema, or null when nothing is: a
 * client sending `{"role": ["admin"]}` or no role at all hears which field and what it may be,
 * not a message about the string "undefined".
 */
export function bodyProblem(schema: JsonSchema, body: unknown): string | null {
  const unknown = unknownField(schema, body);
  if (unknown) return unknown;

  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(body)) return null;
  const [error] = validate.errors ?? [];
  return error ? describe(error) : 'the body does not match its schema; see /api/openapi.json';
}

/**
 * A field the endpoint does not read. `{"lang": "kk"}` for `language`, or `{"form": ...}`, was
 * dropped without a word: the account was made in the project's language, the caller told it
 * was done as asked.
 */
function unknownField(schema: JsonSchema, body: unknown): string | null {
  const known = Object.keys((schema.properties as object | undefined) ?? {});
  if (typeof body !== 'object' || body === null || known.length === 0) return null;
  const field = Object.keys(body).find((name) => !known.includes(name));
  if (field === undefined) return null;
  const suggestion = closestMatch(field, known);
  return `the body has no field "${field}"${suggestion ? `; did you mean "${suggestion}"?` : ''} ` +
    `(the fields are ${known.join(', ')})`;
}

function describe(error: ErrorObject): string {
  const field = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `the body needs "${String(params.missingProperty)}"`;
  if (error.keyword === 'enum') {
    return `"${field}" must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
  }
  return `"${field}" ${error.message ?? 'is not valid'}`;
}
