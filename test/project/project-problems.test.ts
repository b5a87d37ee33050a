import { describe, expect, it } from 'vitest';

import { loadProject } from '../../src/project/load-project.js';
import { ProjectError, formatProblem } from '../../src/project/project-error.js';
import { fixturePath, placeOf } from './fixture-path.js';

async function problemsOf(name: string, env: NodeJS.ProcessEnv = {}): Promise<ProjectError> {
  const error = await loadProject(fixturePath(name), env).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ProjectError)) throw new Error(`${name} loaded without a ProjectError`);
  return error;
}

describe('a project file with mistakes', () => {
  it('reports every mistake at once, each at its line and column, in file order', async () => {
    const error = await problemsOf('every-kind-of-mistake.yaml');

    expect(error.problems.map(placeOf)).toEqual([
      '4:7 city: must be text, not a list',
      '5:11 timezone: unknown time zone "Asia/Almati"; use an IANA name such as Asia/Almaty (did you mean "Asia/Almaty"?)',
      '6:1 languag: unknown key "languag"; did you mean "language"?',
      '7:1 colour: unknown key "colour"; the keys here are name, labels, city, timezone, language, subjects, districts, streets, taxonomy, agencies, scope, sources, collect, privacy, store, queue',
      '9:9 subjects.0.id: must be an id of lower-case Latin letters, digits and hyphens, such as "transport-department", not "Mayor"',
      '10:11 subjects.0.kind: must be "official" or "body", not "oficial" (did you mean "official"?)',
      '12:14 subjects.0.aliases: must be a list, not "Досаев"',
      '13:5 subjects.0.ambiguousAliases: ambiguous aliases count only near a context word, and this subject has none; add context words (e.g. context: [Алматы, Almaty]) or move "аким" to aliases',
      '14:9 subjects.1.id: must be an id of lower-case Latin letters, digits and hyphens, such as "transport-department", not "Mayor"',
      '14:9 subjects.1.id: "Mayor" is already the id of subjects[0]; ids must differ',
      '16:11 subjects.1.name: must not be empty',
      '17:12 districts: must be "default" (Almaty\'s eight districts), a list of districts, or [] for none (did you mean "default"?)',
      '18:1 taxonomy.extends: missing: write extends: default to add issues to the built-in taxonomy',
      '19:3 taxonomy.extend: unknown key "extend"; did you mean "extends"?',
      '22:15 taxonomy.issues.0.labels: must give at least one of: ru, kk, en',
      '26:11 sources.0.kind: must be one of "files", "feed", "telegram", "youtube", "vk", not "rss"',
      '28:15 sources.0.interval: must be a number of minutes (at least 1) or a duration such as 30m, 2h or 1d',
      '31:15 sources.1.location: a feed is read from an http(s) URL, not "./saved-feed.xml"; for saved feed files use kind: files',
      '32:15 sources.1.interval: must be a number of minutes (at least 1) or a duration such as 30m, 2h or 1d',
      '33:4 sources.2: has no value; it must be a mapping of keys to values',
      '34:1 privacy.secret: missing: the project needs a secret for the keyed hashes of platform ids: write at least 16 random characters (e.g. the output of `openssl rand -base64 32`) or env:NAME to read it from an environment variable; `tyndau init` writes a fresh one',
      '35:17 privacy.minGroupSize: must be an integer from 2 to 10000, not 1',
      '36:18 privacy.retentionDays: must be an integer ≥ 1, not 3.5',
      '37:8 store: must be a mapping of keys to values, not "tyndau.sqlite"',
    ]);
  });

  it('prints each problem as file:line:column key.path: message', async () => {
    const error = await problemsOf('every-kind-of-mistake.yaml');
    const minGroupSize = error.problems.find(
      (problem) => problem.keyPath.join('.') === 'privacy.minGroupSize',
    );

    expect(formatProblem(minGroupSize!)).toBe(
      `${fixturePath('every-kind-of-mistake.yaml')}:35:17 privacy.minGroupSize: must be an integer from 2 to 10000, not 1`,
    );
    expect(formatProblem(error.problems[6]!)).toMatch(
      /:12:14 subjects\[0\]\.aliases: must be a list/,
    );
    expect(error.message.split('\n')[0]).toBe(
      `project file ${fixturePath('every-kind-of-mistake.yaml')}: 24 problems`,
    );
  });

  it('suggests the key meant when it is written in snake_case or another case', async () => {
    const { parseProject } = await import('../../src/project/load-project.js');
    const text =
      'name: N\ncity: Almaty\nprivacy:\n  secret: a-secret-long-enough\n  min_group_size: 5\n  RetentionDays: 5\n';
    const error = (() => {
      try {
        parseProject(text, 'tyndau.yaml', {});
      } catch (thrown) {
        return thrown as ProjectError;
      }
      throw new Error('parsed without problems');
    })();

    expect(error.problems.map(formatProblem)).toEqual([
      'tyndau.yaml:5:3 privacy.min_group_size: unknown key "min_group_size"; did you mean "minGroupSize"?',
      'tyndau.yaml:6:3 privacy.RetentionDays: unknown key "RetentionDays"; did you mean "retentionDays"?',
    ]);
  });

  it('refuses names, aliases, labels and keywords without a letter or digit, and shows infinity as written', async () => {
    const error = await problemsOf('names-and-aliases-without-letters.yaml');
    const blank = 'must have a letter or digit (blank or punctuation-only text is never found in a post and shows as nothing in a digest)';

    expect(error.problems.map(placeOf)).toEqual([
      `4:7 name: ${blank}, not "   "`,
      `5:7 city: ${blank}, not "—"`,
      `9:11 subjects.0.name: ${blank}, not "  "`,
      `10:25 subjects.0.aliases.1: ${blank}, not "   "`,
      `10:32 subjects.0.aliases.2: ${blank}, not "!!!"`,
      `10:39 subjects.0.aliases.3: ${blank}, not "-"`,
      `11:15 subjects.0.context.0: ${blank}, not "…"`,
      `15:39 districts.0.labels.kk: ${blank}, not " "`,
      `16:20 districts.0.names.1: ${blank}, not "«»"`,
      `22:35 taxonomy.issues.0.keywords.ru.1: ${blank}, not "?"`,
      '25:18 privacy.retentionDays: must be an integer ≥ 1, not infinity (.inf, or a number too large to hold)',
      '26:17 privacy.minGroupSize: must be an integer from 2 to 10000, not .nan (no number)',
    ]);
  });

  // 1e300 was accepted and hid every breakdown of every page.
  it('refuses a minimum group size past any group a city has', async () => {
    const error = await problemsOf('minimum-group-size-past-any-group.yaml');

    expect(error.problems.map(placeOf)).toEqual([
      '7:17 privacy.minGroupSize: must be an integer from 2 to 10000, not 1e+300',
    ]);
  });

  it('says once what a fractional group size breaks, and refuses a month between requests to a host', async () => {
    const error = await problemsOf('fractional-group-size-and-a-month-between-requests.yaml');

    expect(error.problems.map(placeOf)).toEqual([
      '7:24 collect.hostIntervalSeconds: must be a number from 0 to 3600, not 2592000',
      '10:17 privacy.minGroupSize: must be an integer from 2 to 10000, not 1.5',
    ]);
  });

  it('refuses control characters in a store path and a source location', async () => {
    const error = await problemsOf('control-characters-in-paths.yaml');

    expect(error.problems.map(placeOf)).toEqual([
      '9:15 sources.0.location: must not hold control characters (a tab, a line break, a NUL), not "imports/*\\n"',
      '11:11 store.sqlite: must not hold control characters (a tab, a line break, a NUL), not "a\\u0000b.sqlite"',
    ]);
  });

  it('tells to quote a number or a yes/no written where text goes', async () => {
    const error = await problemsOf('numbers-and-yes-no-where-text-goes.yaml');

    expect(error.problems.map(placeOf)).toEqual([
      '3:7 name: must be text, not 2025; put it in quotes to keep it as text: "2025"',
      '9:30 subjects.0.aliases.1: must be text, not 2024; put it in quotes to keep it as text: "2024"',
      '9:36 subjects.0.aliases.2: must be text, not true; put it in quotes to keep it as text: "true"',
    ]);
  });

  it('names each id used twice and where it was first used', async () => {
    const error = await problemsOf('duplicate-ids.yaml');

    expect(error.problems.map(placeOf)).toEqual([
      '9:11 taxonomy.issues.1.id: "dogs" is already the id of taxonomy.issues[0]; ids must differ',
      '14:10 sources.1.id: "files" is already the id of sources[0]; ids must differ',
    ]);
  });
});

describe('YAML that does not parse', () => {
  it('points at an unclosed quote where the parser gave up', async () => {
    const error = await problemsOf('unclosed-quote.yaml');
    expect(error.problems.map(placeOf)).toEqual(['5:1 : YAML: Missing closing "quote']);
  });

  it('names a key written twice in one mapping', async () => {
    const error = await problemsOf('duplicate-key.yaml');
    expect(error.problems.map(placeOf)).toEqual([
      '6:3 : YAML: the key "minGroupSize" appears twice in one mapping; keep one of them',
    ]);
  });

  it('rejects tabs used for indentation', async () => {
    const error = await problemsOf('tab-indentation.yaml');
    expect(error.problems.map(placeOf)).toEqual([
      '4:1 : YAML: Tabs are not allowed as indentation; indent with spaces',
    ]);
  });

  it('says to quote a value with a colon in it, and shows it quoted', async () => {
    const error = await problemsOf('colon-in-unquoted-name.yaml');
    expect(error.problems.map(placeOf)).toEqual([
      '1:7 : YAML: a colon followed by a space inside a value starts a key; put the value in quotes: ' +
        '"Шымкент: городские услуги"',
    ]);
  });

  it('says to quote a value starting with @, in a block and in braces', async () => {
    const error = await problemsOf('telegram-channel-written-with-at.yaml');
    expect(error.problems.map(placeOf)).toEqual([
      '4:48 : YAML: a value cannot start with @ unquoted; put it in quotes: "@shymkent_news"',
      '7:15 : YAML: a value cannot start with @ unquoted; put it in quotes: "@shymkent_chat"',
    ]);
  });

  it('says a file with no content is empty and how to get an example', async () => {
    const error = await problemsOf('only-a-comment.yaml');
    expect(error.problems.map(placeOf)).toEqual([
      '1:1 : the file is empty; `tyndau init DIR` writes an example',
    ]);
  });

  it('says how to create a project when the file does not exist', async () => {
    const error = await problemsOf('no-such-project.yaml');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.line).toBeUndefined();
    expect(error.message).toContain(
      'cannot read the project file: no such file; create a project with `tyndau init DIR`',
    );
  });
});

describe('the project secret', () => {
  it('is asked for in full, its how-to not cut by the length of the file\'s path', async () => {
    const error = await problemsOf('missing-privacy-section.yaml');
    const [, line] = error.message.split('\n');
    expect(line).toBe(
      `  ${fixturePath('missing-privacy-section.yaml')}:1:1 privacy: missing: add a privacy section with a ` +
        'secret; the project needs a secret for the keyed hashes of platform ids: write at least 16 random ' +
        'characters (e.g. the output of `openssl rand -base64 32`) or env:NAME to read it from an ' +
        'environment variable; `tyndau init` writes a fresh one',
    );
  });

  it('is read from the environment variable env:NAME names', async () => {
    const project = await loadProject(fixturePath('secret-from-environment.yaml'), {
      TYNDAU_TEST_SECRET: 'from-the-environment-0123',
    });
    expect(project.privacy.secret).toBe('from-the-environment-0123');
  });

  it('is a problem at privacy.secret, saying how to set it, when the variable is not set', async () => {
    const error = await problemsOf('secret-from-environment.yaml', { OTHER: 'x' });
    expect(error.problems.map(placeOf)).toEqual([
      '4:11 privacy.secret: the environment variable TYNDAU_TEST_SECRET is not set; set it before running tyndau ' +
        '(e.g. export TYNDAU_TEST_SECRET="$(openssl rand -base64 32)") and keep the same value for the project\'s life, ' +
        'or write the secret itself here',
    ]);
  });

  it('must be long enough to resist guessing, in the file or in the environment', async () => {
    const short = await problemsOf('short-secret.yaml');
    expect(short.problems.map(placeOf)).toEqual([
      '4:11 privacy.secret: the secret has 8 characters; use at least 16 random ones (e.g. the output of `openssl rand -base64 32`)',
    ]);

    const fromEnvironment = await problemsOf('secret-from-environment.yaml', {
      TYNDAU_TEST_SECRET: 'abc',
    });
    expect(fromEnvironment.problems[0]!.message).toMatch(
      /^the value of TYNDAU_TEST_SECRET has 3 characters/,
    );
  });
});

describe('a hostile or careless project file', () => {
  it('places a YAML alias bomb at its first alias instead of expanding it', async () => {
    const error = await problemsOf('yaml-alias-bomb.yaml');
    expect(error.problems.map(placeOf)).toEqual([
      '7:8 : YAML: the aliases (*a) expand to too much data ' +
        '(Excessive alias count indicates a resource exhaustion attack); write the values out instead',
    ]);
  });

  it('refuses a subject name the length of a page, at its line and key', async () => {
    const error = await problemsOf('subject-name-pasted-page.yaml');
    expect(error.problems.map(placeOf)).toEqual([
      '9:11 subjects.0.name: must be at most 1000 characters, not 1500',
    ]);
  });

  it('refuses an alias list the length of a register, at its key', async () => {
    const error = await problemsOf('subject-aliases-pasted-register.yaml');
    expect(error.problems.map(placeOf)).toEqual([
      '11:7 subjects.0.aliases: must list at most 200 entries, not 250',
    ]);
  });

  it('refuses more names and aliases than the matcher can hold, though each list is within its limit', async () => {
    const error = await problemsOf('subjects-too-many-names.yaml');
    expect(error.problems.map(placeOf)).toEqual([
      '6:1 subjects: subjects and agencies have 5430 names and aliases together; at most 5000 can be matched ' +
        '(split the project, or keep the aliases posts really use)',
    ]);
  });

  it('refuses a file saved in windows-1251 at its first Cyrillic byte, naming the encoding', async () => {
    const error = await problemsOf('saved-in-windows-1251.yaml');
    // Read as UTF-8 it gave two problems about a name and a city "without a letter".
    expect(error.problems.map(placeOf)).toEqual([
      '2:7 : the file is not UTF-8 (byte 0xC3 here); it was probably saved in windows-1251 or ' +
        'another code page: save it again as UTF-8',
    ]);
  });

  it('reads a file Notepad saved as UTF-16 with its byte-order mark', async () => {
    const project = await loadProject(fixturePath('saved-as-utf-16-by-notepad.yaml'), {});
    expect(project.name).toBe('Городские услуги');
  });
});
