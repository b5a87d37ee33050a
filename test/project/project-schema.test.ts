import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseProject } from '../../src/project/load-project.js';
import { ProjectError, formatProblem } from '../../src/project/project-error.js';
import { projectSchemaPath } from '../../src/project/project-schema.js';

interface SchemaNode {
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

function problemsOf(text: string): string[] {
  try {
    parseProject(text, 'tyndau.yaml', {});
  } catch (error) {
    if (error instanceof ProjectError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('the text parsed without problems');
}

describe('the JSON Schema shipped for editors', () => {
  const schema = JSON.parse(readFileSync(projectSchemaPath(), 'utf8')) as SchemaNode & {
    $schema: string;
  };

  it('is a draft-07 schema, the version YAML language servers support best', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('describes every top-level key, for hover text', () => {
    const undescribed = Object.entries(schema.properties ?? {})
      .filter(([, property]) => !property.description && !('$ref' in property))
      .map(([key]) => key);
    expect(undescribed).toEqual([]);
  });

  it('describes every key of the subject, source and privacy sections', () => {
    for (const section of ['subject', 'source', 'privacy', 'store']) {
      const properties = schema.definitions?.[section]?.properties ?? {};
      const undescribed = Object.entries(properties)
        .filter(([key, property]) => !property.description && key !== 'id' && key !== 'kind')
        .map(([key]) => `${section}.${key}`);
      expect(undescribed).toEqual([]);
    }
  });
});

describe('keys a project cannot do without', () => {
  it('are reported missing where the mapping that lacks them starts, with what to write', () => {
    expect(problemsOf('timezone: Asia/Almaty\n')).toEqual([
      'tyndau.yaml:1:1 name: missing: give the project a name, e.g. name: Almaty city services',
      'tyndau.yaml:1:1 city: missing: name the city, e.g. city: Almaty',
      'tyndau.yaml:1:1 privacy: missing: add a privacy section with a secret; the project needs a ' +
        'secret for the keyed hashes of platform ids: write at least 16 random characters (e.g. the ' +
        'output of `openssl rand -base64 32`) or env:NAME to read it from an environment variable; ' +
        '`tyndau init` writes a fresh one',
    ]);
  });

  it('are not asked for when only the file as a whole is of the wrong shape', () => {
    expect(problemsOf('- name: a list, not a mapping\n')).toEqual([
      'tyndau.yaml:1:1 must be a mapping of keys to values, not a list',
    ]);
  });
});
