import { describe, expect, it } from 'vitest';

import { buildProgram, COMMAND_NAMES } from '../../src/cli/program.js';
import { runCli } from './run-cli.js';

/** Every command the program registers, so a command added later is covered without edits. */
const program = await buildProgram();
const commands = program.commands.map((command) => command.name()).filter((name) => name !== 'help');

describe('tyndau --help', () => {
  it('lists every command', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const name of commands) expect(run.stdout).toMatch(new RegExp(`^\\s+${name}\\b`, 'm'));
  });

  it('has the commands the design names for the embedded mode', () => {
    expect(commands).toEqual(
      expect.arrayContaining(['init', 'import', 'analyze', 'report', 'search', 'export', 'explain', 'demo']),
    );
  });

  it('a command\'s --help prints its usage and options', () => {
    const run = runCli(['search', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: tyndau search\b/);
    expect(run.stdout).toContain('--from <day>');
    expect(run.stdout).toContain('-h, --help');
    expect(run.stderr).toBe('');
  });

  // The same help text, read in this process: a process for each command cost half a minute.
  for (const name of commands) {
    it(`${name} has usage and options`, () => {
      const command = program.commands.find((candidate) => candidate.name() === name)!;
      const help = command.helpInformation();
      expect(help).toMatch(new RegExp(`^Usage: tyndau ${name}\\b`));
      expect(help).toContain('-h, --help');
    });
  }

  // A newcomer's export ran over every stored day, its help silent on what a missing end meant.
  it('every --from and --to says which day it is when left out', () => {
    const periodOptions = program.commands.flatMap((command) => command.options
      .filter((option) => option.long === '--from' || option.long === '--to')
      .map((option) => ({ name: `${command.name()} ${option.long}`, description: option.description })));
    expect(periodOptions.map((option) => option.name).sort()).toEqual([
      'alerts --from', 'alerts --to', 'export --from', 'export --to', 'report --from', 'report --to', 'search --from', 'search --to',
    ]);
    for (const option of periodOptions) expect(option.description, option.name).toMatch(/\(default: [^)]*\bday\b/);
    const exportHelp = program.commands.find((command) => command.name() === 'export')!.helpInformation();
    expect(exportHelp.replace(/\s+/g, ' ')).toContain('--from <day> first day, YYYY-MM-DD (default: the first stored day)');
  });

  it('each command is registered under the name it is loaded by, and alone when it runs', async () => {
    expect(commands).toEqual(COMMAND_NAMES);
    for (const name of COMMAND_NAMES) {
      expect((await buildProgram([name, '--help'])).commands.map((command) => command.name())).toEqual([name]);
    }
  });

  it('an unknown command fails and names the command', () => {
    const run = runCli(['imprt']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("unknown command 'imprt'");
    expect(run.stderr).toContain('import');
  });
});
