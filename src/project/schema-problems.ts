/**
 * JSON Schema errors as problems a person can act on: the key path, the place in the file, and a
 * message in plain words with a suggestion where a misspelling is likely.
 */
import { closestMatch } from './did-you-mean.js';
import type { KeyPath, KeyProblem } from './project-error.js';
import type { SchemaError } from './project-schema.js';
import { knownTimeZones } from './time-zone.js';

/** What to do when the file has no secret: the one required key a new user may not know how to fill. */
export const SECRET_HINT =
  'the project needs a secret for the keyed hashes of platform ids: write at least 16 random ' +
  'characters (e.g. the output of `openssl rand -base64 32`) or env:NAME to read it from an ' +
  'environment variable; `tyndau init` writes a fresh one';

const REQUIRED_HINTS: Readonly<Record<string, string>> = {
  name: 'give the project a name, e.g. name: Almaty city services',
  city: 'name the city, e.g. city: Almaty',
  privacy: `add a privacy section with a secret; ${SECRET_HINT}`,
  'privacy.secret': SECRET_HINT,
  'taxonomy.extends': 'write extends: default to add issues to the built-in taxonomy',
};

/** Errors a branch of `anyOf` gives when the value is of another branch's shape. */
const SHAPE_KEYWORDS = new Set(['type', 'const']);
/** Errors about a mapping's keys: they say which key is wrong, so they are kept over a summary. */
const KEY_KEYWORDS = new Set(['additionalProperties', 'required']);

export function schemaProblems(errors: readonly SchemaError[]): KeyProblem[] {
  return withoutRepeats(withAlternativesResolved(errors).map(describe));
}

/**
 * One problem per key and message. A value that breaks two rules told in the same words
 * (`minGroupSize: 1.5`, neither an integer nor at least 2) was listed twice, word for word.
 */
function withoutRepeats(problems: readonly KeyProblem[]): KeyProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.at} ${problem.keyPath.join('\u0000')} ${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A value that may take several shapes (`districts: default` or a list) fails every shape it is
 * not. When it has the shape of one of them, only that shape's errors are shown; when it has none,
 * one message lists the shapes accepted.
 */
function withAlternativesResolved(errors: readonly SchemaError[]): SchemaError[] {
  let remaining = [...errors];

  for (const alternative of errors.filter((error) => error.keyword === 'anyOf')) {
    const place = alternative.instancePath;
    const related = remaining.filter(
      (error) => error !== alternative && isAtOrUnder(error.instancePath, place),
    );
    const shapeErrors = related.filter(
      (error) => error.instancePath === place && SHAPE_KEYWORDS.has(error.keyword),
    );
    const rest = related.filter((error) => !shapeErrors.includes(error));
    const specific = rest.some(
      (error) => error.instancePath !== place || KEY_KEYWORDS.has(error.keyword),
    );

    const dropped = new Set<SchemaError>(specific ? [alternative, ...shapeErrors] : related);
    remaining = remaining.filter((error) => !dropped.has(error));
  }
  return remaining;
}

function isAtOrUnder(path: string, place: string): boolean {
  return path === place || path.startsWith(place + '/');
}

function describe(error: SchemaError): KeyProblem {
  const keyPath = keyPathOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return { keyPath: [...keyPath, key], at: 'key', message: unknownKeyMessage(key, schema) };
    }
    case 'required': {
      const path = [...keyPath, String(params.missingProperty)];
      const hint = REQUIRED_HINTS[path.join('.')];
      return {
        keyPath: path,
        at: 'key',
        message: hint ? `missing: ${hint}` : 'missing; this key is required',
      };
    }
    default:
      return { keyPath, at: 'value', message: valueMessage(error, params, schema) };
  }
}

function valueMessage(
  error: SchemaError,
  params: Record<string, unknown>,
  schema: Record<string, unknown>,
): string {
  switch (error.keyword) {
    case 'type':
      return typeMessage(error.data, schema);
    case 'minimum':
    case 'maximum':
      return `must be ${kindWithBounds(schema)}, not ${describeValue(error.data)}`;
    case 'minLength':
      return 'must not be empty';
    // A pasted page in place of a name: matching a name costs memory that grows with its square.
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters, not ${[...String(error.data)].length}`;
    case 'minItems':
      return 'must not be an empty list';
    // Every alias is expanded into its word forms and matched in every post: a list pasted by
    // mistake (a whole register) would make analysis crawl.
    case 'maxItems':
      return `must list at most ${String(params.limit)} entries, not ${Array.isArray(error.data) ? error.data.length : '?'}`;
    case 'minProperties': {
      const keys = Object.keys((schema.properties as object | undefined) ?? {});
      return `must give at least one of: ${keys.join(', ')}`;
    }
    case 'enum':
      return oneOfMessage(error.data, params.allowedValues as readonly unknown[]);
    case 'const':
      return oneOfMessage(error.data, [params.allowedValue]);
    case 'pattern':
      return typeof schema.patternErrorMessage === 'string'
        ? `${schema.patternErrorMessage}, not ${JSON.stringify(error.data)}`
        : `must match ${String(params.pattern)}`;
    case 'format':
      return formatMessage(error.data, String(params.format));
    case 'anyOf':
      return typeof schema.errorMessage === 'string'
        ? `${schema.errorMessage}${suggestionFor(error.data, ['default'])}`
        : 'has none of the accepted shapes';
    default:
      return error.message ?? `is not valid (${error.keyword})`;
  }
}

/** `minGroupSze` → `unknown key "minGroupSze"; did you mean "minGroupSize"?` */
function unknownKeyMessage(key: string, schema: Record<string, unknown>): string {
  const known = Object.keys((schema.properties as object | undefined) ?? {});
  const suggestion = closestMatch(key, known);
  if (suggestion) return `unknown key "${key}"; did you mean "${suggestion}"?`;
  return `unknown key "${key}"; the keys here are ${known.join(', ')}`;
}

const KIND_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  integer: 'an integer',
  number: 'a number',
  array: 'a list',
  object: 'a mapping of keys to values',
  boolean: 'true or false',
};

function typeMessage(value: unknown, schema: Record<string, unknown>): string {
  const expected = kindWithBounds(schema);
  if (value === null) return `has no value; it must be ${expected}`;
  // YAML reads `name: 2025` or `aliases: [Аким, true]` as a number or a yes/no: text is quoted.
  if (schema.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `must be ${expected}, not ${describeValue(value)}; put it in quotes to keep it as text: "${String(value)}"`;
  }
  return `must be ${expected}, not ${describeValue(value)}`;
}

/** "an integer ≥ 2" from `{type: integer, minimum: 2}`; "an integer from 0 to 23" with a maximum. */
function kindWithBounds(schema: Record<string, unknown>): string {
  const kind = KIND_NAMES[String(schema.type)] ?? String(schema.type ?? 'a value');
  const { minimum, maximum } = schema;
  if (typeof minimum === 'number' && typeof maximum === 'number') return `${kind} from ${minimum} to ${maximum}`;
  if (typeof maximum === 'number') return `${kind} ≤ ${maximum}`;
  return typeof minimum === 'number' ? `${kind} ≥ ${minimum}` : kind;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  // JSON has no word for these and wrote `null`: "retentionDays: 1e309" was told "not null".
  if (Number.isNaN(value)) return '.nan (no number)';
  if (value === Infinity || value === -Infinity) {
    return `${value < 0 ? 'minus ' : ''}infinity (.inf, or a number too large to hold)`;
  }
  return JSON.stringify(value);
}

function oneOfMessage(value: unknown, allowed: readonly unknown[]): string {
  const quoted = allowed.map((option) => JSON.stringify(option));
  const list = quoted.length <= 2 ? quoted.join(' or ') : `one of ${quoted.join(', ')}`;
  return `must be ${list}, not ${describeValue(value)}${suggestionFor(value, allowed.map(String))}`;
}

function formatMessage(value: unknown, format: string): string {
  if (format !== 'iana-time-zone') return `must be a valid ${format}`;
  return (
    `unknown time zone ${JSON.stringify(value)}; use an IANA name such as Asia/Almaty` +
    suggestionFor(value, knownTimeZones())
  );
}

function suggestionFor(value: unknown, candidates: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const suggestion = closestMatch(value, candidates);
  return suggestion && suggestion !== value ? ` (did you mean "${suggestion}"?)` : '';
}

/** `/subjects/1/aliases/0` → ['subjects', 1, 'aliases', 0]. */
function keyPathOf(pointer: string): KeyPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}
