import type { Command } from 'commander';

import { UsageError } from './context.js';

/**
 * Refuses an option or argument given as empty or blank text, which is what `--host "$HOST"`
 * passes when HOST is not set. Each meant something else silently: `--host ""` listened on every
 * address of the machine instead of 127.0.0.1, `--out ""` wrote the digest into the current
 * folder, `init ""` the project, and `--project ""` was reported as a file with no name.
 */
export function refuseEmptyValues(command: Command): void {
  for (const option of command.options) {
    const value: unknown = command.getOptionValue(option.attributeName());
    if (isBlank(value)) throw emptyValue(command, option.long ?? option.flags);
  }

  command.registeredArguments.forEach((argument, index) => {
    const given: unknown = command.processedArgs[index];
    const values = Array.isArray(given) ? (given as unknown[]) : [given];
    const name = argument.name().toUpperCase();
    if (values.some(isBlank)) throw emptyValue(command, argument.variadic ? `one of ${name}` : name);
  });
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

function emptyValue(command: Command, what: string): UsageError {
  return new UsageError(`${command.name()}: ${what} is empty; give a value (an unset shell variable gives an empty one)`);
}
